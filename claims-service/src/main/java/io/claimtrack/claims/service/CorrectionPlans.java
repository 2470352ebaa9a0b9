package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.CorrectionRequest;
import io.claimtrack.claims.model.SpeakerChoice;
import io.claimtrack.claims.model.SpeakerMention;
import io.claimtrack.claims.model.StatementRef;

/**
 * Turns a correction request into the record to store: checks it against the record as it stands
 * (unknown statements and speakers are 404, a correction that would change nothing is 409) and fills
 * in what it changes, before and after. Stores nothing itself, except a speaker named by a reassign
 * that does not exist yet.
 */
@ApplicationScoped
public class CorrectionPlans {

    @Inject
    SpeakerService speakers;

    @Inject
    SpeakerCorrections speakerCorrections;

    public Correction plan(CorrectionRequest request) {
        Correction c = new Correction();
        c.action = request.action();
        c.status = Correction.APPLIED;
        switch (request.action()) {
            case StatementCorrections.REASSIGN -> reassign(c, request);
            case StatementCorrections.HIDE -> hide(c, request);
            case StatementCorrections.EDIT_STATEMENT -> editStatement(c, request);
            default -> speakerCorrections.plan(c, request);
        }
        return c;
    }

    private void reassign(Correction c, CorrectionRequest request) {
        StatementCorrections.Located at = statement(request.statement());
        SpeakerChoice to = require(request.to(), "to");
        StatementCorrections.Corrected now = StatementCorrections.current(at);
        Speaker current = speakers.canonical(speaker(now.statement().speakerId));
        Speaker target;
        if (to.id() != null && !to.id().isBlank()) {
            target = speakers.canonical(speaker(to.id()));
        } else if (to.name() != null && !to.name().isBlank()) {
            String seen = at.statement().date != null ? at.statement().date : Dates.day(at.document().publishedAt);
            target = speakers.resolve(new SpeakerMention(to.name().trim(), to.name().trim(), null, to.kind()),
                    at.document().id, seen);
        } else {
            throw new BadRequestException("to needs the id or the name of a speaker");
        }
        if (current.id.equals(target.id)) {
            throw conflict("the statement is already attributed to " + target.name + " (" + target.id + ")");
        }
        Correction.Target t = target(at);
        t.speakerId = target.id;
        c.targets.add(t);
        c.before = Correction.State.speaker(current.id, current.name);
        c.after = Correction.State.speaker(target.id, target.name);
        involve(c, at, current.id, target.id, now.statement().speakerId);
    }

    private void hide(Correction c, CorrectionRequest request) {
        StatementCorrections.Located at = statement(request.statement());
        StatementCorrections.Corrected now = StatementCorrections.current(at);
        if (now.hidden()) {
            throw conflict("the statement is already hidden");
        }
        c.targets.add(target(at));
        c.before = new Correction.State();
        c.before.hidden = false;
        c.after = new Correction.State();
        c.after.hidden = true;
        involve(c, at, speakers.canonical(speaker(now.statement().speakerId)).id, now.statement().speakerId);
    }

    private void editStatement(Correction c, CorrectionRequest request) {
        StatementCorrections.Located at = statement(request.statement());
        if (request.span() == null && request.type() == null) {
            throw new BadRequestException("edit-statement needs span, type or both");
        }
        StoredStatement now = StatementCorrections.current(at).statement();
        Correction.Target t = target(at);
        c.before = new Correction.State();
        c.after = new Correction.State();
        if (request.span() != null) {
            int start = request.span().start();
            int end = request.span().end();
            String text = at.document().text;
            if (end <= start || end > text.length() || text.substring(start, end).isBlank()) {
                throw new BadRequestException("span [" + start + ", " + end + ") is not a non-empty part of the document's text "
                        + "(length " + text.length() + ")");
            }
            if (start != now.start || end != now.end) {
                t.newStart = start;
                t.newEnd = end;
                c.before.start = now.start;
                c.before.end = now.end;
                c.before.text = now.content;
                c.after.start = start;
                c.after.end = end;
                c.after.text = text.substring(start, end);
            }
        }
        if (request.type() != null && !request.type().equals(now.type)) {
            t.type = request.type();
            c.before.type = now.type;
            c.after.type = request.type();
        }
        if (t.newStart == null && t.type == null) {
            throw conflict("the statement already has this span and type");
        }
        c.targets.add(t);
        involve(c, at, speakers.canonical(speaker(now.speakerId)).id, now.speakerId);
    }

    /** The statement of a complete document at exactly this span. */
    static StatementCorrections.Located statement(StatementRef ref) {
        require(ref, "statement");
        StatementCorrections.Located at = StatementCorrections.locate(ref.document().trim(), ref.span().start(),
                ref.span().end());
        if (at == null) {
            throw new NotFoundException("No statement at [" + ref.span().start() + ", " + ref.span().end()
                    + ") in document '" + ref.document() + "' (GET /documents/{id} lists its statements and spans)");
        }
        return at;
    }

    static Correction.Target target(StatementCorrections.Located at) {
        Correction.Target t = new Correction.Target();
        t.key = at.key();
        t.documentId = at.document().id;
        t.start = at.statement().start;
        t.end = at.statement().end;
        t.text = at.statement().content;
        return t;
    }

    private static void involve(Correction c, StatementCorrections.Located at, String... speakerIds) {
        c.documentIds.add(at.document().id);
        Set<String> ids = new LinkedHashSet<>(c.speakerIds);
        for (String id : speakerIds) {
            if (id != null) {
                ids.add(id);
            }
        }
        c.speakerIds = new ArrayList<>(ids);
    }

    static Speaker speaker(String id) {
        Speaker speaker = id == null ? null : Speaker.findById(id.trim());
        if (speaker == null) {
            throw new NotFoundException("No speaker with id '" + id + "'");
        }
        return speaker;
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw new BadRequestException("this action needs request." + field);
        }
        return value;
    }

    static ClientErrorException conflict(String detail) {
        return new ClientErrorException(detail, Response.Status.CONFLICT);
    }
}
