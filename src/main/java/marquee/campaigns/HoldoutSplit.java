package marquee.campaigns;

/**
 * The randomised split of a targeted offer: a moviegoer's arm is a pure function of the offer's stored seed and
 * their account id (SplitMix64 of {@code seed ^ accountId} mapped to [0, 1), held out below the share), so anyone
 * with the seed recomputes the split exactly, and no moviegoer's arm depends on who else is in the segment.
 */
public final class HoldoutSplit {

    private HoldoutSplit() {
    }

    public static boolean heldOut(long seed, long accountId, double holdoutShare) {
        return unit(seed, accountId) < holdoutShare;
    }

    /** A uniform number in [0, 1) from the top 53 bits of the mix. */
    public static double unit(long seed, long accountId) {
        return (mix(seed ^ accountId) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): every input bit moves every output bit. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
