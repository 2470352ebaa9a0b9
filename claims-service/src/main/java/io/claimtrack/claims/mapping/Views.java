package io.claimtrack.claims.mapping;

import java.util.List;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Part;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.Dateline;
import io.claimtrack.claims.model.DocumentSummary;
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
        return document(d, repeat, d.statements.stream().map(Views::statement).toList());
    }

    public static DocumentView document(StoredDocument d, boolean repeat, List<StatementView> statements) {
        return new DocumentView(d.id, d.source, d.url, d.title, d.published, d.language, dateline(d.dateline),
                d.contentHash, d.revisionOf, d.supersededBy, d.syndicationOf, repeat, d.ingestedAt, d.text, statements);
    }

    /** The document's summary with its text (when withText) and with {@code statements} (when not null). */
    public static DocumentSummary summary(StoredDocument d, boolean withText, List<StatementView> statements) {
        return new DocumentSummary(d.id, d.source, d.url, d.title, d.published, d.language, dateline(d.dateline),
                d.contentHash, d.revisionOf, d.supersededBy, d.syndicationOf, d.ingestedAt, d.statements.size(),
                withText ? d.text : null, statements);
    }

    private static Dateline dateline(StoredDocument.Dateline d) {
        return d == null ? null : new Dateline(d.place, d.date, d.wire);
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

    /** The statement as stored, with its date after the date rules; claim and speaker are filled in later. */
    public static StoredStatement statement(StatementInput in, String date) {
        StoredStatement s = new StoredStatement();
        s.speakerName = in.speaker().name();
        s.mention = in.speaker().mention();
        s.role = in.speaker().role();
        s.kind = in.speaker().kind();
        s.content = in.content();
        s.start = in.span().start();
        s.end = in.span().end();
        s.parts = in.parts() == null || in.parts().isEmpty() ? null
                : in.parts().stream().map(p -> new Part(p.start(), p.end())).toList();
        s.cue = in.cue();
        s.type = in.type();
        s.date = date;
        s.region = in.regionOrMain();
        s.nested = in.nested();
        s.via = in.via();
        s.confidence = in.confidence();
        return s;
    }

    private static StatementView statement(StoredStatement s) {
        return statement(s, null);
    }

    /** A statement as extracted, or as corrected ({@code corrected} set, the fields of {@code s} the corrected ones). */
    public static StatementView statement(StoredStatement s, StatementView.Corrected corrected) {
        return new StatementView(new SpeakerMention(s.speakerName, s.mention, s.role, s.kind), s.content,
                new Span(s.start, s.end), spans(s.parts), s.cue, s.type, s.date, s.nested, s.via, s.confidence, s.claimId,
                s.speakerId, s.region == null ? "main" : s.region, corrected);
    }

    /** A claim shown under {@code speaker}, the one its recording speaker is (after merges). */
    public static ClaimView claim(Claim c, Speaker speaker, List<Appearance> appearances) {
        return new ClaimView(c.id, c.seq, new ClaimView.ClaimSpeaker(speaker.id, speaker.name, speaker.kind, c.role),
                c.text, c.type, c.firstSeen, c.lastSeen, c.appearanceCount,
                appearances.stream().map(Views::appearance).toList());
    }

    private static ClaimView.AppearanceView appearance(Appearance a) {
        return new ClaimView.AppearanceView(a.documentId, a.source, a.url, a.published, new Span(a.start, a.end),
                spans(a.parts), a.cue, a.type, a.date, a.confidence, a.nested, a.via, a.role, a.region == null ? "main" : a.region);
    }

    private static List<Span> spans(List<Part> parts) {
        return parts == null ? null : parts.stream().map(p -> new Span(p.start, p.end)).toList();
    }

    public static SpeakerView speaker(Speaker s, long claimCount) {
        return new SpeakerView(s.id, s.name, s.kind, s.aliases, s.role,
                s.roles.stream().map(r -> new SpeakerView.RoleSeen(r.role, r.seen)).toList(), claimCount,
                s.merges.stream().map(m -> new SpeakerView.MergeView(m.speakerId, m.name, m.reason, m.undone))
                        .toList());
    }
}
