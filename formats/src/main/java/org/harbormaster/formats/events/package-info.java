/**
 * The contract every inbound event format implements: raw bytes in, normalized milestone events and
 * precisely placed failures out. The formats themselves live in {@code dcsa}, {@code x12}, {@code edifact}
 * and {@code csv}.
 */
package org.harbormaster.formats.events;
