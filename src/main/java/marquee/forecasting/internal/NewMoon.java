package marquee.forecasting.internal;

/**
 * The instant of a new moon, after Meeus, Astronomical Algorithms (2nd ed.), chapter 49: the mean phase
 * with the periodic and planetary corrections, good to well under a minute for 1900-2100. Used only to
 * put the first day of a Chinese month on the right side of midnight in Beijing.
 */
final class NewMoon {

    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double JDE_K0 = 2451550.09766;
    /** Beijing time, UTC+8, in days. */
    private static final double CHINA_OFFSET = 8.0 / 24;

    private NewMoon() {
    }

    /** The Julian day number of the China-time date of the new moon nearest the Julian day number {@code near}. */
    static long chinaDayNear(long near) {
        long k = Math.round((near - JDE_K0) / SYNODIC_MONTH);
        double jde = julianEphemerisDay(k);
        double year = 2000 + (jde - 2451545.0) / 365.25;
        double ut = jde - deltaT(year) / 86400;
        // A Julian date starts at noon; the civil date's day number is floor(JD + 0.5).
        return (long) Math.floor(ut + 0.5 + CHINA_OFFSET);
    }

    /** The new moon of lunation k (k = 0: January 6, 2000), in Terrestrial Time. */
    static double julianEphemerisDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = JDE_K0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            a += planetary[i][2] * Math.sin(rad(arg));
        }
        return jde + c + a;
    }

    /** TT - UT in seconds (Espenak and Meeus' polynomials for 1986-2150; about a minute in this century). */
    static double deltaT(double year) {
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
