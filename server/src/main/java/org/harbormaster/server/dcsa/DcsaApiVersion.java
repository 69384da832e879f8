package org.harbormaster.server.dcsa;

/** The version of DCSA Track &amp; Trace we speak: in every response's {@code API-Version} header. */
final class DcsaApiVersion {

    static final String HEADER = "API-Version";
    /** What we answer with: the full SemVer of the contract. */
    static final String FULL = "2.2.0";
    /** What we send in requests to carriers: "if added it MUST only contain MAJOR version". */
    static final String MAJOR = "2";

    private DcsaApiVersion() {
    }
}
