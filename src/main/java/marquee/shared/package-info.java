/** Shared kernel: money, ids, time and the launcher's command contract. Every module may use it. */
package marquee.shared;
