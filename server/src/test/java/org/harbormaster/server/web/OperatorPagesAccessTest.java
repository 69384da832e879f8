package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Anyone signed in reads the workspace; only operators act on it; nobody acts without the page's CSRF token. */
class OperatorPagesAccessTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_viewer_reads_the_queue_but_may_not_act_on_it() throws Exception {
        int page = mvc.perform(get("/queue?status=ACTIVE").with(user("vic").roles("VIEWER")))
                .andReturn().getResponse().getStatus();
        int act = mvc.perform(post("/queue/acknowledge").param("ids", "00000000-0000-0000-0000-000000000001")
                .with(user("vic").roles("VIEWER")).with(csrf())).andReturn().getResponse().getStatus();
        int note = mvc.perform(post("/shipments/ANY/notes").param("text", "hello")
                .with(user("vic").roles("VIEWER")).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(page).isEqualTo(200);
        assertThat(act).isEqualTo(403);
        assertThat(note).isEqualTo(403);
    }

    @Test
    void an_action_without_the_csrf_token_is_refused() throws Exception {
        int status = mvc.perform(post("/queue/acknowledge").param("ids", "00000000-0000-0000-0000-000000000001")
                .with(user("olga").roles("OPERATOR"))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void the_queue_without_filters_opens_the_users_scope() throws Exception {
        String target = mvc.perform(get("/queue").with(user("nobody-in-the-table").roles("OPERATOR")))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(target).isEqualTo("/queue?status=ACTIVE");
    }

    @Test
    void the_pages_need_a_sign_in() throws Exception {
        String target = mvc.perform(get("/kpis").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getRedirectedUrl();

        assertThat(target).endsWith("/login");
    }
}
