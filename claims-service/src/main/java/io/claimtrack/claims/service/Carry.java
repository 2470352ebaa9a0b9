package io.claimtrack.claims.service;

import org.bson.Document;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;

/**
 * Finds a corrected statement again in a revision or syndicated copy of its document: at the same
 * span with the same text, else anywhere with the same text (a revision moves text around), else
 * with the same words; a statement the new version no longer has becomes a missing target.
 */
final class Carry {

    private Carry() {
    }

    static Correction.Target over(Correction.Target t, StoredDocument doc, boolean copy) {
        StoredStatement found = find(t, doc);
        Correction.Target carried = new Correction.Target();
        carried.documentId = doc.id;
        carried.text = t.text;
        carried.speakerId = t.speakerId;
        carried.type = t.type;
        if (found == null) {
            carried.start = t.start;
            carried.end = t.end;
            carried.status = Correction.MISSING;
            carried.note = "revision " + doc.id + " of " + t.documentId + " no longer has this statement";
            return carried;
        }
        carried.key = Appearance.key(doc.id, found.start, found.end);
        carried.start = found.start;
        carried.end = found.end;
        carried.note = (copy ? "syndicated copy " : "revision ") + doc.id + " of " + t.documentId;
        if (t.newStart != null) {
            int shift = found.start - t.start;
            if (t.newStart + shift < 0 || t.newEnd + shift > doc.text.length()) {
                carried.status = Correction.MISSING;
                carried.key = null;
                carried.note = "the corrected span no longer fits revision " + doc.id;
                return carried;
            }
            carried.newStart = t.newStart + shift;
            carried.newEnd = t.newEnd + shift;
        }
        return carried;
    }

    private static StoredStatement find(Correction.Target t, StoredDocument doc) {
        for (StoredStatement s : doc.statements) {
            if (s.start == t.start && s.end == t.end && s.content.equals(t.text)) {
                return s;
            }
        }
        for (StoredStatement s : doc.statements) {
            if (s.content.equals(t.text)) {
                return s;
            }
        }
        String words = Text.normalise(t.text);
        return doc.statements.stream().filter(s -> Text.normalise(s.content).equals(words)).findFirst().orElse(null);
    }

    static Document document(Correction.Target t) {
        return new Document("key", t.key).append("documentId", t.documentId).append("start", t.start)
                .append("end", t.end).append("text", t.text).append("speakerId", t.speakerId)
                .append("newStart", t.newStart).append("newEnd", t.newEnd).append("type", t.type)
                .append("status", t.status).append("note", t.note);
    }
}
