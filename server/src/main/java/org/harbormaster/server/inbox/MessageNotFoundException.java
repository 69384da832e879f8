package org.harbormaster.server.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No inbox message with this id: answered 404 as problem JSON. */
class MessageNotFoundException extends ErrorResponseException {

    MessageNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no inbox message " + id);
        problem.setTitle("Message not found");
        return problem;
    }
}
