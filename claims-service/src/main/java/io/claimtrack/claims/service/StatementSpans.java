package io.claimtrack.claims.service;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.claimtrack.claims.model.Span;
import io.claimtrack.claims.model.StatementInput;
import io.claimtrack.claims.model.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A statement is only recorded where the stored text says it: its span must lie within the text and
 * hold exactly its content. Anyone able to post a speaker and words the document does not contain
 * could otherwise put a forged claim in the record. Its parts (what was said around an interrupting speaker and cue)
 * must lie inside the span, in order, each holding words: the claim is made of them.
 */
final class StatementSpans {

    private static final int SHOWN = 60;

    private StatementSpans() {
    }

    /**
     * Throws a 400 naming the first statement whose span does not hold its content, or whose parts are not pieces of its
     * span in order, before anything is stored.
     */
    static void check(List<StatementInput> statements, String text) {
        for (int i = 0; i < statements.size(); i++) {
            StatementInput statement = statements.get(i);
            int start = statement.span().start();
            int end = statement.span().end();
            if (start < 0 || end < start || end > text.length()) {
                throw refused(i, "span [" + start + ", " + end + ") is not within the text (length " + text.length() + ")");
            }
            String held = text.substring(start, end);
            if (!held.equals(statement.content())) {
                throw refused(i, "span [" + start + ", " + end + ") holds \"" + shorten(held)
                        + "\", not the statement's content \"" + shorten(statement.content()) + "\"");
            }
            checkParts(i, statement.parts(), start, end, text);
        }
    }

    private static void checkParts(int index, List<Span> parts, int start, int end, String text) {
        if (parts == null) {
            return;
        }
        int from = start;
        for (int j = 0; j < parts.size(); j++) {
            Span part = parts.get(j);
            String field = "statements[" + index + "].parts[" + j + "]";
            String at = "part [" + part.start() + ", " + part.end() + ")";
            if (part.start() < from || part.end() > end) {
                throw refused(field, at + (part.start() < start || part.end() > end
                        ? " is not within the statement's span [" + start + ", " + end + ")"
                        : " begins before the end of the part before it (" + from + "): parts are in order, apart"));
            }
            if (part.end() <= part.start() || text.substring(part.start(), part.end()).isBlank()) {
                throw refused(field, at + " holds no words");
            }
            from = part.end();
        }
    }

    private static HttpProblem refused(int index, String why) {
        return refused("statements[" + index + "].span", why);
    }

    private static HttpProblem refused(String field, String why) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase())
                .withDetail(field + ": " + why + "; nothing was stored")
                .with("violations", List.of(new Violation(field, "body", why)))
                .build();
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
