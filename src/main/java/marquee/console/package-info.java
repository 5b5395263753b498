/**
 * The web console: server-rendered pages with a navigation frame, charts by Apache ECharts. It reads
 * the other modules through their APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package marquee.console;
