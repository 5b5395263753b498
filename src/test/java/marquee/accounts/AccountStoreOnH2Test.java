package marquee.accounts;

import marquee.testing.MarqueeTest;

@MarqueeTest
class AccountStoreOnH2Test extends AccountStoreSpec {
}
