/**
 * The operator's screens: server-rendered pages over the same read models the API serves, with every
 * time shown in the local time of the place it happens at.
 */
package org.harbormaster.server.web;
