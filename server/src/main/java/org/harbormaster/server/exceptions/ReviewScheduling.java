package org.harbormaster.server.exceptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The server (not a one-off command) runs the reviews of {@link ReviewSchedule} on their schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class ReviewScheduling {
}
