package marquee.accounts.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import marquee.shared.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

    private final MyData data;
    private final Sessions sessions;

    MyDataController(MyData data, Sessions sessions) {
        this.data = data;
        this.sessions = sessions;
    }

    @GetMapping("/api/me/data")
    ResponseEntity<Map<String, Object>> export() {
        long id = Caller.current().orElseThrow().accountId();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marquee-my-data.json\"")
                .body(data.export(id));
    }

    @DeleteMapping("/api/me")
    public ResponseEntity<Void> forget(HttpServletRequest request, HttpServletResponse response) {
        data.forget(Caller.current().orElseThrow().accountId());
        sessions.end(request, response);
        return ResponseEntity.noContent().build();
    }
}
