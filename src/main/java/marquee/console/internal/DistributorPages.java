package marquee.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.booking.CouponKind;
import marquee.booking.CouponTakings;
import marquee.booking.IssuedCoupons;
import marquee.booking.NewCoupon;
import marquee.catalog.Catalog;
import marquee.catalog.Credit;
import marquee.catalog.CreditRole;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A distributor's work in the console: its films (create, edit, announce), their releases (add, change) and its coupons
 * (create, list with uses and gross). Every change goes through the same services as the API (Catalog, IssuedCoupons),
 * after the same bean validation of the same records (NewFilm, NewRelease, NewCoupon): the rules, tenancy (another
 * tenant's film is "not found") and refusals are the API's; the page only puts each problem next to its field.
 */
@Controller
class DistributorPages {

    /** The film form as typed: lists comma-separated, credits one per line ("Director: name"). */
    record FilmForm(String originalTitle, String chineseTitle, String englishTitle, String genres, String runtimeMin,
                    String country, String originalLanguage, String certificate, String tags, String franchise,
                    String synopsis, String credits, String announced) {

        static FilmForm empty() {
            return new FilmForm("", "", "", "", "", "", "", "", "", "", "", "", null);
        }

        static FilmForm of(Film f) {
            return new FilmForm(f.originalTitle(), f.chineseTitle(), f.englishTitle(), String.join(", ", f.genres()),
                    String.valueOf(f.runtimeMin()), f.country(), f.originalLanguage(), f.certificate(),
                    String.join(", ", f.tags()), f.franchise(), f.synopsis(),
                    f.credits().stream().map(c -> roleWord(c.role()) + ": " + c.name()).collect(Collectors.joining("\n")),
                    null);
        }
    }

    /** A release form as typed. */
    record ReleaseForm(String kind, String releaseDate, String formats, String note) {}

    /** The coupon form as typed: the amount is a percentage, or yuan for a fixed amount; days on the market's calendar. */
    record CouponForm(String code, String kind, String amount, String validFrom, String validUntil, String maxUses,
                      String maxUsesPerBuyer, List<Long> filmIds) {}

    private static final Map<String, CreditRole> ROLE_WORDS = Map.ofEntries(
            Map.entry("director", CreditRole.DIRECTOR), Map.entry("导演", CreditRole.DIRECTOR),
            Map.entry("cast", CreditRole.CAST), Map.entry("actor", CreditRole.CAST), Map.entry("actress", CreditRole.CAST),
            Map.entry("主演", CreditRole.CAST), Map.entry("演员", CreditRole.CAST),
            Map.entry("writer", CreditRole.WRITER), Map.entry("编剧", CreditRole.WRITER),
            Map.entry("producer", CreditRole.PRODUCER), Map.entry("制片人", CreditRole.PRODUCER), Map.entry("制片", CreditRole.PRODUCER),
            Map.entry("composer", CreditRole.COMPOSER), Map.entry("作曲", CreditRole.COMPOSER), Map.entry("配乐", CreditRole.COMPOSER));

    private final Catalog catalog;
    private final IssuedCoupons coupons;
    private final Validator validator;
    private final MessageSource messages;
    private final MarketSettings market;
    private final Clock clock;

    DistributorPages(Catalog catalog, IssuedCoupons coupons, Validator validator, MessageSource messages,
                     MarketSettings market, Clock clock) {
        this.catalog = catalog;
        this.coupons = coupons;
        this.validator = validator;
        this.messages = messages;
        this.market = market;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "distributor");
        model.addAttribute("market", market);
    }

    @GetMapping("/distributor")
    String home(Model model) {
        Caller caller = caller();
        model.addAttribute("films", ownFilms(caller));
        addCoupons(caller, model);
        return "console/distributor";
    }

    // --- Films

    @GetMapping("/distributor/films/new")
    String newFilm(Model model) {
        model.addAttribute("form", FilmForm.empty());
        model.addAttribute("errors", Map.of());
        return "console/distributor-film-new";
    }

    @PostMapping("/distributor/films")
    String createFilm(@ModelAttribute FilmForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(messages);
        NewFilm film = film(form, errors);
        if (!errors.any()) {
            try {
                Film created = catalog.addFilm(film, ownerOfNew(caller()));
                redirect.addFlashAttribute("done", errors.text("dist.film.created", new Object[] {created.displayTitle()}, ""));
                return "redirect:/distributor/films/" + created.id();
            } catch (InvalidInput e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(400);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField());
        return "console/distributor-film-new";
    }

    @GetMapping("/distributor/films/{id}")
    String film(@PathVariable long id, Model model) {
        Film film = ownFilm(id);
        return filmPage(film, FilmForm.of(film), Map.of(), null, Map.of(), model);
    }

    @PostMapping("/distributor/films/{id}")
    String changeFilm(@PathVariable long id, @ModelAttribute FilmForm form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        Film film = ownFilm(id);
        FormErrors errors = new FormErrors(messages);
        NewFilm changed = film(form, errors);
        if (!errors.any()) {
            try {
                catalog.changeFilm(id, changed);
                redirect.addFlashAttribute("done", errors.text("dist.film.saved", null, ""));
                return "redirect:/distributor/films/" + id;
            } catch (InvalidInput e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(400);
        return filmPage(film, form, errors.byField(), null, Map.of(), model);
    }

    @PostMapping("/distributor/films/{id}/announcement")
    String announce(@PathVariable long id, RedirectAttributes redirect) {
        ownFilm(id);
        catalog.announce(id);
        redirect.addFlashAttribute("done", new FormErrors(messages).text("dist.film.announced", null, ""));
        return "redirect:/distributor/films/" + id;
    }

    // --- Releases

    @PostMapping("/distributor/films/{id}/releases")
    String addRelease(@PathVariable long id, @ModelAttribute ReleaseForm form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        Film film = ownFilm(id);
        FormErrors errors = new FormErrors(messages);
        NewRelease release = release(form, errors, "new.");
        if (!errors.any()) {
            try {
                catalog.addRelease(id, release);
                redirect.addFlashAttribute("done", errors.text("dist.release.added", null, ""));
                return "redirect:/distributor/films/" + id + "#releases";
            } catch (InvalidInput e) {
                errors.put("new." + e.field(), e.getMessage());
            }
        }
        response.setStatus(400);
        return filmPage(film, FilmForm.of(film), Map.of(), form, errors.byField(), model);
    }

    @PostMapping("/distributor/films/{id}/releases/{releaseId}")
    String changeRelease(@PathVariable long id, @PathVariable long releaseId, @ModelAttribute ReleaseForm form, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        Film film = ownFilm(id);
        String prefix = "r" + releaseId + ".";
        FormErrors errors = new FormErrors(messages);
        NewRelease release = release(form, errors, prefix);
        if (!errors.any()) {
            try {
                catalog.changeRelease(id, releaseId, release);
                redirect.addFlashAttribute("done", errors.text("dist.release.saved", null, ""));
                return "redirect:/distributor/films/" + id + "#releases";
            } catch (InvalidInput e) {
                errors.put(prefix + e.field(), e.getMessage());
            } catch (Conflict e) {
                errors.add(prefix + "releaseDate", "dist.error.releaseScreened");
            }
        }
        response.setStatus(400);
        return filmPage(film, FilmForm.of(film), Map.of(), null, errors.byField(), model);
    }

    private String filmPage(Film film, FilmForm form, Map<String, String> filmErrors, ReleaseForm newRelease,
                            Map<String, String> releaseErrors, Model model) {
        model.addAttribute("film", film);
        model.addAttribute("form", form);
        model.addAttribute("errors", filmErrors);
        model.addAttribute("releaseErrors", releaseErrors);
        model.addAttribute("newRelease", newRelease != null ? newRelease
                : new ReleaseForm(ReleaseKind.FIRST_RELEASE.name(), "", "2D", ""));
        model.addAttribute("kinds", ReleaseKind.values());
        return "console/distributor-film";
    }

    // --- Coupons

    @GetMapping("/distributor/coupons")
    String coupons(Model model) {
        LocalDate today = market.today(clock);
        return couponPage(new CouponForm("", CouponKind.PERCENT.name(), "10", today.toString(), today.plusDays(30).toString(),
                "1000", "1", List.of()), Map.of(), model);
    }

    @PostMapping("/distributor/coupons")
    String createCoupon(@ModelAttribute CouponForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = caller();
        FormErrors errors = new FormErrors(messages);
        NewCoupon coupon = coupon(form, errors);
        if (!errors.any()) {
            try {
                coupons.issue(caller, coupon);
                redirect.addFlashAttribute("done", errors.text("dist.coupon.created", new Object[] {coupon.code()}, ""));
                return "redirect:/distributor/coupons";
            } catch (InvalidInput e) {
                errors.add(e.field(), couponProblem(e), e.getMessage());
            }
        }
        response.setStatus(400);
        return couponPage(form, errors.byField(), model);
    }

    private String couponPage(CouponForm form, Map<String, String> errors, Model model) {
        Caller caller = caller();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("films", ownFilms(caller));
        addCoupons(caller, model);
        model.addAttribute("kinds", CouponKind.values());
        return "console/distributor-coupons";
    }

    /** The caller's coupons with their takings, and the titles of the films they are for. */
    private void addCoupons(Caller caller, Model model) {
        List<CouponTakings> takings = coupons.takings(caller);
        Map<Long, String> titles = new java.util.HashMap<>();
        takings.forEach(t -> t.coupon().filmIds().forEach(id -> titles.computeIfAbsent(id,
                k -> catalog.findFilm(k).map(Film::displayTitle).orElse(String.valueOf(k)))));
        model.addAttribute("coupons", takings);
        model.addAttribute("filmTitles", titles);
    }

    // --- From forms to the API's records

    private NewFilm film(FilmForm form, FormErrors errors) {
        int runtime = 0;
        if (blank(form.runtimeMin())) {
            errors.add("runtimeMin", "dist.error.NotBlank");
        } else {
            try {
                runtime = Integer.parseInt(form.runtimeMin().strip());
            } catch (NumberFormatException e) {
                errors.add("runtimeMin", "dist.error.wholeNumber");
            }
        }
        List<Credit> credits = new ArrayList<>();
        String[] lines = form.credits() == null ? new String[0] : form.credits().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            CreditRole role = parts.length == 2 ? ROLE_WORDS.get(parts[0].strip().toLowerCase(Locale.ROOT)) : null;
            if (role == null) {
                errors.add("credits", "dist.error.creditLine", i + 1);
            } else {
                credits.add(new Credit(role, parts[1].strip()));
            }
        }
        NewFilm film = new NewFilm(strip(form.originalTitle()), orNull(form.chineseTitle()), orNull(form.englishTitle()),
                list(form.genres()), runtime, strip(form.country()), orNull(form.originalLanguage()), orNull(form.certificate()),
                list(form.tags()), orNull(form.franchise()), orNull(form.synopsis()), credits,
                // A new film stays private until announced, unless the form says to announce it at once.
                "on".equals(form.announced()) || "true".equals(form.announced()));
        errors.validate(validator, "", film); // a runtime that is no number keeps its own problem: the first one wins
        return film;
    }

    private NewRelease release(ReleaseForm form, FormErrors errors, String prefix) {
        ReleaseKind kind = null;
        try {
            kind = blank(form.kind()) ? null : ReleaseKind.valueOf(form.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add(prefix + "kind", "dist.error.choose");
        }
        LocalDate date = date(form.releaseDate(), prefix + "releaseDate", errors);
        NewRelease release = new NewRelease(kind, date, list(form.formats()), orNull(form.note()));
        errors.validate(validator, prefix, release);
        return release;
    }

    private NewCoupon coupon(CouponForm form, FormErrors errors) {
        CouponKind kind = null;
        try {
            kind = blank(form.kind()) ? null : CouponKind.valueOf(form.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add("kind", "dist.error.choose");
        }
        Long amount = null;
        if (!blank(form.amount())) {
            try {
                BigDecimal typed = new BigDecimal(form.amount().strip());
                // A fixed amount is typed in yuan and kept in fen; a percentage is a whole number.
                amount = kind == CouponKind.AMOUNT ? typed.movePointRight(2).longValueExact() : typed.longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                errors.add("amount", kind == CouponKind.AMOUNT ? "dist.error.money" : "dist.error.wholeNumber");
            }
        }
        LocalDate from = date(form.validFrom(), "validFrom", errors);
        LocalDate until = date(form.validUntil(), "validUntil", errors);
        Integer maxUses = whole(form.maxUses(), "maxUses", errors);
        Integer perBuyer = whole(form.maxUsesPerBuyer(), "maxUsesPerBuyer", errors);
        // Valid from the start of the first day to the end of the last, on the market's clock.
        Instant validFrom = from == null ? null : from.atStartOfDay(market.zone()).toInstant();
        Instant validUntil = until == null ? null : until.plusDays(1).atStartOfDay(market.zone()).toInstant();
        NewCoupon coupon = new NewCoupon(form.code() == null ? null : form.code().strip().toUpperCase(Locale.ROOT), kind, amount,
                kind == CouponKind.AMOUNT ? market.currency() : null, validFrom, validUntil, maxUses, perBuyer,
                form.filmIds() == null ? List.of() : form.filmIds(), List.of(), List.of(), null);
        errors.validate(validator, "", coupon);
        return coupon;
    }

    /** The message key for a coupon rule the service refused, by the field it names; the service's words otherwise. */
    private static String couponProblem(InvalidInput e) {
        return switch (e.field()) {
            case "code" -> "dist.error.codeTaken";
            case "validUntil" -> "dist.error.untilAfterFrom";
            case "amount" -> "dist.error.percent";
            case "filmIds" -> "dist.error.couponFilms";
            default -> "dist.error.other";
        };
    }

    private static LocalDate date(String typed, String field, FormErrors errors) {
        if (blank(typed)) {
            errors.add(field, "dist.error.NotNull");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "dist.error.date");
            return null;
        }
    }

    private static Integer whole(String typed, String field, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "dist.error.wholeNumber");
            return null;
        }
    }

    // --- Whose films

    /** The films the caller may change: its distributor's (the operator: every film), newest first. */
    private List<Film> ownFilms(Caller caller) {
        List<Film> own = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<Film> films = catalog.films(java.util.Optional.of(caller), new FilmFilter(null, null, null, null),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            films.items().stream().filter(f -> caller.mayManage(f.distributorTenantId())).forEach(own::add);
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= films.total()) {
                break;
            }
        }
        own.sort((a, b) -> Long.compare(b.id(), a.id()));
        return own;
    }

    /** A film the caller may change, as the API's CatalogAccess.ownFilm decides: another tenant's is "not found". */
    private Film ownFilm(long id) {
        Film film = catalog.film(id);
        if (!film.visibleTo(Caller.current()) || !caller().mayManage(film.distributorTenantId())) {
            throw new NotFound("film", id);
        }
        return film;
    }

    /** As the API's POST /films: a distributor's film is its own; the operator's is market-wide. */
    private static Long ownerOfNew(Caller caller) {
        return caller.isOperator() ? null : caller.tenantId();
    }

    private static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("no caller"));
    }

    static String roleWord(CreditRole role) {
        return switch (role) {
            case DIRECTOR -> "Director";
            case CAST -> "Cast";
            case WRITER -> "Writer";
            case PRODUCER -> "Producer";
            case COMPOSER -> "Composer";
        };
    }

    private static List<String> list(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
