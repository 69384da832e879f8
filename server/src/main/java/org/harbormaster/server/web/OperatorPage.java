package org.harbormaster.server.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose answers are the operator's pages (HTML), wherever its capability's package is: the
 * pages share the top bar's model and show a readable page, not problem JSON, when something goes wrong.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OperatorPage {
}
