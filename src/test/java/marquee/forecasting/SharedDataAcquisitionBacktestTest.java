package marquee.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import marquee.forecasting.internal.AcquisitionBacktest;
import marquee.forecasting.internal.AcquisitionData;
import marquee.forecasting.internal.AcquisitionModel;
import marquee.forecasting.internal.AcquisitionPairsCsv;
import marquee.forecasting.internal.DailyHistory;
import org.junit.jupiter.api.Test;

/** The acquisition valuation on the real pairs next to the project (skipped where ../shared/data is absent). */
class SharedDataAcquisitionBacktestTest {

    private static final Path DATA = Path.of("../shared/data");

    @Test
    void the_model_beats_the_ratio_baseline_pooled_over_the_rolling_origins() {
        Path pairs = DATA.resolve("acquisitions/pairs.csv");
        assumeTrue(Files.isReadable(pairs), "../shared/data is not here");

        AcquisitionBacktest.Result result = AcquisitionBacktest.run(new AcquisitionData(
                        AcquisitionPairsCsv.read(pairs).accepted(),
                        DailyHistory.read(DATA.resolve("china-maoyan-daily/daily.csv"), "CNY").accepted(),
                        DailyHistory.read(DATA.resolve("us-boxofficemojo-daily/daily.csv"), "USD").accepted()),
                AcquisitionBacktest.DEFAULT_CUTOFFS, AcquisitionModel.DEFAULT_LAMBDA);

        assertThat(result.windows()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.pooled().model().films()).isGreaterThan(80);
        assertThat(result.pooled().model().medianApe()).isLessThan(0.95 * result.pooled().ratio().medianApe());
        assertThat(result.pooled().model().medianApe()).isLessThan(result.pooled().comparables().medianApe());
        assertThat(result.pooled().model().coverage80()).isBetween(0.6, 0.95);
    }
}
