/**
 * Demo data: a deterministic, realistic book of shipments at every stage, and the loader that puts it
 * into an empty database when {@code harbormaster.demo=true}.
 */
package org.harbormaster.server.demo;
