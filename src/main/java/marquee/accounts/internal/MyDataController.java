package marquee.accounts.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.shared.PersonalData;
import marquee.shared.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A moviegoer's own data: everything every module keeps about them in one download, and one request to
 * be forgotten everywhere (the account is anonymised and can no longer sign in).
 */
@RestController
@Tag(name = "Accounts")
class MyDataController {

    private final List<PersonalData> parts;
    private final Sessions sessions;

    MyDataController(List<PersonalData> parts, Sessions sessions) {
        this.parts = parts;
        this.sessions = sessions;
    }

    @GetMapping("/api/me/data")
    ResponseEntity<Map<String, Object>> export() {
        long id = Caller.current().orElseThrow().accountId();
        Map<String, Object> data = new LinkedHashMap<>();
        parts.forEach(part -> data.put(part.section(), part.export(id)));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marquee-my-data.json\"").body(data);
    }

    @DeleteMapping("/api/me")
    @Transactional
    public ResponseEntity<Void> forget(HttpServletRequest request, HttpServletResponse response) {
        long id = Caller.current().orElseThrow().accountId();
        parts.forEach(part -> part.forget(id));
        sessions.end(request, response);
        return ResponseEntity.noContent().build();
    }
}
