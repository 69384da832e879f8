/**
 * ANSI X12 315 (Status Details, Ocean), version 4010, read with StAEDI into normalized milestone events:
 * one event per B4 status, plus the estimated and actual port times of the R4/DTM routing loop.
 */
package org.harbormaster.formats.x12;
