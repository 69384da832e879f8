package org.harbormaster.formats.edifact;

import java.util.List;

/**
 * One message of an interchange, UNH to UNT, as segments.
 *
 * @param reference the message reference number (UNH element 01), which names the message in failures
 * @param type      the message type (UNH element 02, component 01), e.g. {@code IFTSTA}
 */
record EdifactMessage(String reference, String type, List<EdifactSegment> segments) {

    EdifactMessage {
        segments = List.copyOf(segments);
    }
}
