package marquee.accounts.internal;

import static marquee.accounts.internal.AccountController.caller;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.accounts.ConsentChange;
import marquee.accounts.Gender;
import marquee.accounts.InterestTag;
import marquee.accounts.MoviegoerProfile;
import marquee.accounts.ProfileChange;
import marquee.accounts.SignUp;
import marquee.shared.MarketSettings;
import marquee.shared.TooManyRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moviegoer's own pages of the storefront (issue 19 item 4): sign-up, the profile with interests,
 * marketing consent with its history, and "my data" (the download, and being forgotten after a confirm step).
 * Forms post here and go through the same {@link Accounts} rules as the API; a form with a bad field is
 * shown again with a sentence per field and nothing is changed. Every text is a key of i18n/moviegoer.
 */
@Controller
@RequestMapping("/tickets")
class MoviegoerPages {

    private static final int HISTORY_SHOWN = 20;

    private final Accounts accounts;
    private final SignInGuard guard;
    private final Validator validator;
    private final MyData data;
    private final Sessions sessions;
    private final MarketSettings market;

    /** A consent change as the page shows it: the time on the market's clock. */
    record ConsentLine(boolean marketing, LocalDateTime at, ConsentChange.Via via) {}

    MoviegoerPages(Accounts accounts, SignInGuard guard, Validator validator, MyData data, Sessions sessions,
                   MarketSettings market) {
        this.market = market;
        this.accounts = accounts;
        this.guard = guard;
        this.validator = validator;
        this.data = data;
        this.sessions = sessions;
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        return page(model, "storefront/signup");
    }

    /**
     * Signs a moviegoer up. The page says the same whether or not the email had an account already (as the API
     * does, so that the form cannot probe emails) and offers the sign-in on to the profile.
     */
    @PostMapping("/signup")
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String displayName, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        SignUp signUp = new SignUp(email.trim(), password, displayName.isBlank() ? null : displayName.trim());
        model.addAttribute("email", email.trim());
        model.addAttribute("displayName", displayName);
        List<String> errors = fieldsBroken(validator.validate(signUp));
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, "storefront/signup");
        }
        try {
            guard.admitSignUp(signUp.email(), request.getRemoteAddr());
        } catch (TooManyRequests e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            model.addAttribute("retryAfter", e.retryAfterSeconds());
            return page(model, "storefront/signup");
        }
        accounts.signUp(signUp);
        model.addAttribute("signedUp", true);
        return page(model, "storefront/signup");
    }

    @GetMapping("/me")
    String profile(@RequestParam(required = false) String saved, Model model) {
        long me = caller().accountId();
        MoviegoerProfile profile = accounts.profile(me);
        Account account = accounts.account(me);
        model.addAttribute("saved", saved);
        return profilePage(model, me, account.displayName(), profile.homeCity(),
                profile.birthYear() == null ? "" : profile.birthYear().toString(),
                profile.gender() == null ? "" : profile.gender().name(), profile.interests());
    }

    /** Changes the name and the profile together, or (a field is bad) neither. */
    @PostMapping("/me/profile")
    String changeProfile(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String homeCity,
                         @RequestParam(defaultValue = "") String birthYear, @RequestParam(defaultValue = "") String gender,
                         @RequestParam(required = false) List<String> interests, HttpServletResponse response, Model model) {
        long me = caller().accountId();
        List<String> chosen = interests == null ? List.of() : interests;
        List<String> errors = new ArrayList<>();
        if (displayName.isBlank() || displayName.trim().length() > 200) {
            errors.add("displayName");
        }
        Integer year = null;
        if (!birthYear.isBlank()) {
            try {
                year = Integer.valueOf(birthYear.trim());
            } catch (NumberFormatException e) {
                errors.add("birthYear");
            }
            if (year != null && (year < 1900 || year > Year.now().getValue())) {
                errors.add("birthYear");
            }
        }
        Gender asked = null;
        if (!gender.isBlank()) {
            try {
                asked = Gender.valueOf(gender);
            } catch (IllegalArgumentException e) {
                errors.add("gender");
            }
        }
        Set<String> known = new LinkedHashSet<>(accounts.interestTags().stream().map(InterestTag::code).toList());
        if (!known.containsAll(chosen) || chosen.size() > 20) {
            errors.add("interests");
        }
        ProfileChange change = new ProfileChange(year, asked, homeCity.isBlank() ? null : homeCity.trim(), chosen);
        errors.addAll(fieldsBroken(validator.validate(change)));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", errors.stream().distinct().toList());
            return profilePage(model, me, displayName, homeCity, birthYear, gender, chosen);
        }
        accounts.changeProfile(me, change);
        accounts.rename(me, displayName);
        return "redirect:/tickets/me?saved=profile";
    }

    @PostMapping("/me/consent")
    String consent(@RequestParam(defaultValue = "") String marketing, HttpServletResponse response, Model model) {
        long me = caller().accountId();
        if (!marketing.equals("true") && !marketing.equals("false")) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", List.of("marketing"));
            return profile(null, model);
        }
        accounts.setMarketingConsent(me, Boolean.parseBoolean(marketing), ConsentChange.Via.PAGE);
        return "redirect:/tickets/me?saved=consent#consent";
    }

    @GetMapping("/me/data")
    String myData(Model model) {
        model.addAttribute("account", accounts.account(caller().accountId()));
        return page(model, "storefront/my-data");
    }

    /**
     * Forgets the moviegoer everywhere, once they typed their own email to confirm (a click alone could be a
     * slip); signs them out and says what happened.
     */
    @PostMapping("/me/data/deletion")
    String forget(@RequestParam(defaultValue = "") String confirmEmail, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Account account = accounts.account(caller().accountId());
        if (!confirmEmail.trim().equalsIgnoreCase(account.email())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("account", account);
            model.addAttribute("errors", List.of("confirmEmail"));
            return page(model, "storefront/my-data");
        }
        data.forget(account.id());
        sessions.end(request, response);
        return "redirect:/tickets/forgotten";
    }

    @GetMapping("/forgotten")
    String forgotten(Model model) {
        return page(model, "storefront/forgotten");
    }

    private String profilePage(Model model, long me, String displayName, String homeCity, String birthYear, String gender,
                               List<String> interests) {
        MoviegoerProfile profile = accounts.profile(me);
        model.addAttribute("displayName", displayName);
        model.addAttribute("homeCity", homeCity);
        model.addAttribute("birthYear", birthYear);
        model.addAttribute("gender", gender);
        model.addAttribute("interests", interests);
        model.addAttribute("tags", accounts.interestTags());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("consent", profile.marketingConsent());
        model.addAttribute("history", accounts.consentHistory(me, HISTORY_SHOWN).stream()
                .map(c -> new ConsentLine(c.marketing(), LocalDateTime.ofInstant(c.changedAt(), market.zone()), c.via()))
                .toList());
        model.addAttribute("maxYear", Year.now().getValue());
        return page(model, "storefront/profile");
    }

    /** The fields a validation failed on, in a stable order, each once (the page has one sentence per field). */
    private static List<String> fieldsBroken(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString().replaceAll("\\[.*", ""))
                .distinct().sorted().toList();
    }

    private static String page(Model model, String view) {
        model.addAttribute("section", "tickets");
        return view;
    }
}
