package io.claimtrack.claims.mapping;

import java.util.List;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.Dateline;
import io.claimtrack.claims.model.DocumentView;
import io.claimtrack.claims.model.Span;
import io.claimtrack.claims.model.SpeakerMention;
import io.claimtrack.claims.model.SpeakerView;
import io.claimtrack.claims.model.StatementInput;
import io.claimtrack.claims.model.StatementView;

/** Maps stored entities to the API shapes and back. */
public final class Views {

    private Views() {
    }

    public static DocumentView document(StoredDocument d, boolean repeat) {
        Dateline dateline = d.dateline == null ? null
                : new Dateline(d.dateline.place, d.dateline.date, d.dateline.wire);
        List<StatementView> statements = d.statements.stream().map(Views::statement).toList();
        return new DocumentView(d.id, d.source, d.url, d.title, d.published, d.language, dateline, d.contentHash,
                d.revisionOf, repeat, d.ingestedAt, d.text, statements);
    }

    public static StoredDocument.Dateline dateline(Dateline dateline) {
        if (dateline == null) {
            return null;
        }
        StoredDocument.Dateline stored = new StoredDocument.Dateline();
        stored.place = dateline.place();
        stored.date = dateline.date();
        stored.wire = dateline.wire();
        return stored;
    }

    public static StoredStatement statement(StatementInput in, String claimId, String speakerId) {
        StoredStatement s = new StoredStatement();
        s.speakerName = in.speaker().name();
        s.mention = in.speaker().mention();
        s.role = in.speaker().role();
        s.kind = in.speaker().kind();
        s.content = in.content();
        s.start = in.span().start();
        s.end = in.span().end();
        s.cue = in.cue();
        s.type = in.type();
        s.date = in.date();
        s.nested = in.nested();
        s.via = in.via();
        s.confidence = in.confidence();
        s.claimId = claimId;
        s.speakerId = speakerId;
        return s;
    }

    private static StatementView statement(StoredStatement s) {
        return new StatementView(new SpeakerMention(s.speakerName, s.mention, s.role, s.kind), s.content,
                new Span(s.start, s.end), s.cue, s.type, s.date, s.nested, s.via, s.confidence, s.claimId,
                s.speakerId);
    }

    public static ClaimView claim(Claim c) {
        List<ClaimView.AppearanceView> appearances = c.appearances.stream().map(Views::appearance).toList();
        return new ClaimView(c.id, new ClaimView.ClaimSpeaker(c.speakerId, c.speakerName, c.speakerKind, c.role),
                c.text, c.type, c.firstSeen, c.lastSeen, c.appearanceCount, appearances);
    }

    private static ClaimView.AppearanceView appearance(Appearance a) {
        return new ClaimView.AppearanceView(a.documentId, a.source, a.url, a.published, new Span(a.start, a.end),
                a.cue, a.type, a.date, a.confidence, a.nested, a.via);
    }

    public static SpeakerView speaker(Speaker s, long claimCount) {
        return new SpeakerView(s.id, s.name, s.kind, s.aliases,
                s.roles.stream().map(r -> new SpeakerView.RoleSeen(r.role, r.seen)).toList(), claimCount,
                s.merges.stream().map(m -> new SpeakerView.MergeView(m.speakerId, m.name, m.reason)).toList());
    }
}
