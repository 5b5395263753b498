/**
 * Shared kernel: money, paging, the errors every module raises and their web answers, the JDBC
 * filter builder, and the launcher's command contract. Open to every module, sub-packages included.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package marquee.shared;
