/**
 * Predicted times: how long legs and dwells take (distributions learned per lane, carrier and mode, blended
 * with priors), and the median and 90th percentile of every milestone still to come, with how each was made.
 */
package org.harbormaster.prediction;
