/** What every API answer shares: RFC 9457 problem JSON for errors, naming each invalid field. */
package org.harbormaster.server.api;
