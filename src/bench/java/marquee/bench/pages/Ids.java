package marquee.bench.pages;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The ids the pages' paths need, found through the API as the demo accounts see it: a film on sale and
 * another to compare it with, a cinema of the manager's chain and one of its screenings today, a campaign,
 * a screening request, a coupon, a film of the China history for the forecast pages, a moviegoer's ticket.
 * Any of them may stay null (the page is then skipped and said so).
 */
final class Ids {

    Long film;
    Long otherFilm;
    String filmTitleWord;
    Long cinema;
    String city;
    Long screening;
    Long campaign;
    Long screeningRequest;
    String coupon;
    String historyFilm;
    String ticketCode;

    static Ids discover(String base, Map<String, HttpClient> sessions) {
        Ids ids = new Ids();
        HttpClient admin = sessions.getOrDefault("admin@huaxia.demo", sessions.values().iterator().next());
        HttpClient manager = sessions.getOrDefault("manager@wanda.demo", admin);
        HttpClient operator = sessions.getOrDefault("operator@marquee.demo", admin);
        HttpClient moviegoer = sessions.get("moviegoer@marquee.demo");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        List<JsonNode> films = items(PagesBench.getJson(admin, base + "/api/films?size=50"));
        if (!films.isEmpty()) {
            ids.film = films.get(0).path("id").asLong();
            ids.otherFilm = films.size() > 1 ? films.get(1).path("id").asLong() : null;
            String title = films.get(0).path("englishTitle").asString(films.get(0).path("originalTitle").asString(""));
            String word = title.split("\\s+")[0].replaceAll("[^\\p{L}\\p{N}]", "");
            ids.filmTitleWord = word.isEmpty() ? null : word;
        }
        // The manager's pages need one of the manager's own cinemas: the first of a Wanda chain, else the first listed.
        List<JsonNode> cinemas = items(PagesBench.getJson(manager, base + "/api/cinemas?size=200"));
        JsonNode own = cinemas.stream().filter(c -> c.path("chain").asString("").toLowerCase().contains("wanda")).findFirst()
                .orElse(cinemas.isEmpty() ? null : cinemas.getFirst());
        if (own != null) {
            ids.cinema = own.path("id").asLong();
            ids.city = own.path("city").asString(null);
        }
        List<JsonNode> screenings = items(PagesBench.getJson(manager, base + "/api/screenings?date=" + today
                + (ids.cinema == null ? "" : "&cinema=" + ids.cinema) + "&size=50"));
        if (screenings.isEmpty()) {
            screenings = items(PagesBench.getJson(manager, base + "/api/screenings?date=" + today + "&size=50"));
        }
        if (!screenings.isEmpty()) {
            ids.screening = screenings.get(screenings.size() / 2).path("id").asLong();
        }
        ids.campaign = firstLong(items(PagesBench.getJson(admin, base + "/api/campaigns")), "id");
        if (ids.campaign == null) {
            ids.campaign = firstLong(items(PagesBench.getJson(operator, base + "/api/campaigns")), "id");
        }
        ids.screeningRequest = firstLong(items(PagesBench.getJson(admin, base + "/api/screening-requests")), "id");
        if (ids.screeningRequest == null) {
            ids.screeningRequest = firstLong(items(PagesBench.getJson(manager, base + "/api/screening-requests")), "id");
        }
        List<JsonNode> coupons = items(PagesBench.getJson(admin, base + "/api/coupons"));
        ids.coupon = coupons.isEmpty() ? null : coupons.getFirst().path("code").asString(null);
        List<JsonNode> history = items(PagesBench.getJson(admin, base + "/api/forecasts/china/films?limit=5"));
        ids.historyFilm = history.isEmpty() ? null : history.getFirst().path("filmId").asString(null);
        if (moviegoer != null) {
            for (JsonNode order : items(PagesBench.getJson(moviegoer, base + "/api/me/orders"))) {
                JsonNode tickets = order.path("tickets");
                if (tickets.isArray() && !tickets.isEmpty()) {
                    ids.ticketCode = tickets.get(0).path("code").asString(null);
                    break;
                }
            }
        }
        return ids;
    }

    /** The elements of a JSON list, or of a page's "items". */
    private static List<JsonNode> items(PagesBench.Answer answer) {
        JsonNode json = PagesBench.json(answer);
        List<JsonNode> items = new ArrayList<>();
        if (json == null) {
            return items;
        }
        JsonNode list = json.isArray() ? json : json.path("items");
        if (list.isArray()) {
            list.forEach(items::add);
        }
        return items;
    }

    private static Long firstLong(List<JsonNode> items, String field) {
        return items.isEmpty() || !items.getFirst().has(field) ? null : items.getFirst().path(field).asLong();
    }

    @Override
    public String toString() {
        return "film=%s otherFilm=%s cinema=%s city=%s screening=%s campaign=%s screeningRequest=%s coupon=%s historyFilm=%s ticket=%s"
                .formatted(film, otherFilm, cinema, city, screening, campaign, screeningRequest, coupon, historyFilm,
                        ticketCode == null ? null : "yes");
    }
}
