package marquee.boxoffice;

import marquee.testing.MarqueeTest;

@MarqueeTest
class RollupOnH2Test extends RollupSpec {
}
