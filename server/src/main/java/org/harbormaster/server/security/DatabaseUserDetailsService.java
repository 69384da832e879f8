package org.harbormaster.server.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up the users who log in with a password (login form or HTTP Basic). */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials credentials = users.findCredentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        UserAccount account = credentials.account();
        return User.withUsername(account.username())
                .password(credentials.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toList())
                .build();
    }
}
