package marquee.catalog;

import marquee.testing.MarqueeTest;

@MarqueeTest
class CatalogStoreOnH2Test extends CatalogStoreSpec {
}
