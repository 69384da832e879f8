/**
 * The PostgreSQL database Harbormaster runs on: an external server given by URL, or an embedded one
 * kept in the data directory, started durable and recovered after the JVM was killed.
 */
package org.harbormaster.server.database;
