package org.harbormaster.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: ADMINs create and list users; a new user may get a default region and team. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    record NewUser(
            @NotBlank(message = "is required")
            @Pattern(regexp = "|[A-Za-z0-9._-]{3,64}",
                    message = "must be 3 to 64 letters, digits, '.', '_' or '-'")
            String username,
            @NotBlank(message = "is required")
            @Size(min = 12, message = "must be at least 12 characters")
            String password,
            @NotEmpty(message = "must name at least one role")
            List<@NotNull(message = "must not be null")
                    @Pattern(regexp = "ADMIN|OPERATOR|VIEWER", message = "must be ADMIN, OPERATOR or VIEWER")
                    String> roles,
            @Size(max = 64, message = "must be at most 64 characters")
            String region,
            @Size(max = 100, message = "must be at most 100 characters")
            String team) {

        Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            roles.forEach(role -> set.add(Role.valueOf(role)));
            return set;
        }
    }

    record UserView(long id, String username, Set<String> roles, boolean enabled, Instant createdAt) {

        static UserView of(UserAccount account) {
            Set<String> roles = new TreeSet<>();
            account.roles().forEach(role -> roles.add(role.name()));
            return new UserView(account.id(), account.username(), roles, account.enabled(), account.createdAt());
        }
    }

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        UserAccount created = users.create(request.username(), request.password(), request.roleSet());
        if (request.region() != null || request.team() != null) {
            users.setScope(created.username(), request.region(), request.team());
        }
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserView.of(created));
    }

    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }
}
