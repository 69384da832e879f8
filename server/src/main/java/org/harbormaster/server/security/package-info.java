/**
 * Who may do what: users and roles kept in PostgreSQL, browser sessions, HTTP Basic and API tokens,
 * and the rules that say which role may call which part of the API.
 */
package org.harbormaster.server.security;
