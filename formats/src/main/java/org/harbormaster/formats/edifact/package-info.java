/**
 * UN/EDIFACT status messages: the IFTSTA international multimodal status report, read with StAEDI into
 * normalized milestone events, every problem placed by message, segment and element.
 */
package org.harbormaster.formats.edifact;
