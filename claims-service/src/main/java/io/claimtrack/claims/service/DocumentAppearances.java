package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;

/** A document's statements as the appearances of their claims: what the writer inserts and a correction derives again. */
final class DocumentAppearances {

    private DocumentAppearances() {
    }

    /** One statement, one appearance: the statements standing for others ({@link #primaries}) get theirs. */
    static List<Appearance> of(StoredDocument doc) {
        List<StoredStatement> statements = doc.statements;
        int[] primary = primaries(statements);
        List<Appearance> added = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StoredStatement s = statements.get(i);
            if (primary[i] != i) {
                s.claimId = statements.get(primary[i]).claimId;
                continue;
            }
            added.add(appearance(doc, s));
        }
        return added;
    }

    /**
     * One statement, one appearance: of statements of one speaker whose spans overlap, the longest
     * (then the first) stands for all. Returns, per statement, the index of the one standing for it.
     */
    static int[] primaries(List<StoredStatement> statements) {
        int[] primary = new int[statements.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> statements.get(i).start - statements.get(i).end)
                .thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
            StoredStatement s = statements.get(i);
            primary[i] = i;
            for (int k : kept) {
                StoredStatement p = statements.get(k);
                if (Objects.equals(p.speakerId, s.speakerId) && s.start < p.end && p.start < s.end) {
                    primary[i] = k;
                    break;
                }
            }
            if (primary[i] == i) {
                kept.add(i);
            }
        }
        return primary;
    }

    static Appearance appearance(StoredDocument doc, StoredStatement s) {
        Appearance a = new Appearance();
        a.id = Appearance.key(doc.id, s.start, s.end);
        a.claimId = s.claimId;
        a.speakerId = s.speakerId;
        a.documentId = doc.id;
        a.sourceKey = doc.sourceKey;
        a.source = doc.source;
        a.url = doc.url;
        a.published = doc.published;
        a.seenAt = doc.publishedAt;
        a.start = s.start;
        a.end = s.end;
        a.parts = s.parts;
        a.cue = s.cue;
        a.type = s.type;
        a.date = s.date;
        a.role = s.role;
        a.region = s.region;
        a.confidence = s.confidence;
        a.nested = s.nested;
        a.via = s.via;
        return a;
    }
}
