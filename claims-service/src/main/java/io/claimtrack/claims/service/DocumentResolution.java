package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.SpeakerMention;

/** Who said each statement of documents being written, and which claim it makes: the speakers' and claims' decisions. */
@ApplicationScoped
public class DocumentResolution {

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claims;

    /**
     * Resolves the documents' speakers, one document after another, then the claims of all their statements in
     * one pass, in order: the same decisions as resolving each document alone in turn. {@code createdWith} gains
     * the appearances whose claims were created counting them (and flagged in the documents' one outlet).
     */
    void resolve(List<StoredDocument> docs, Set<String> createdWith, StoreRound pending) {
        List<List<SpeakerService.Mentioned>> mentions = new ArrayList<>();
        List<int[]> mentionOf = new ArrayList<>();
        List<String> likelySpeakers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // on a store that reads nothing ahead (a real MongoDB) the guesses would be hashed for nothing
        boolean ahead = claims.readsAhead(pending);
        for (StoredDocument doc : docs) {
            List<SpeakerService.Mentioned> distinct = new ArrayList<>();
            int[] of = mentions(doc, distinct);
            mentionOf.add(of);
            mentions.add(distinct);
            if (ahead) {
                List<String> likely = distinct.stream().map(m -> SpeakerService.likelyId(m.mention(), doc.id)).toList();
                for (int i = 0; i < of.length; i++) {
                    likelySpeakers.add(likely.get(of[i]));
                    texts.add(doc.statements.get(i).said());
                }
            }
        }
        // read with the speakers' keys, before the speakers are known
        ClaimKeyReads.Ahead keysAhead = claims.readAhead(likelySpeakers, texts, pending);
        List<List<Speaker>> resolved = speakers.resolveAll(mentions, docs.stream().map(doc -> doc.id).toList(), pending);
        List<ClaimService.Said> said = new ArrayList<>();
        List<StoredStatement> saying = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            StoredDocument doc = docs.get(d);
            List<StoredStatement> statements = doc.statements;
            List<Speaker> bySpeaker = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Speaker speaker = resolved.get(d).get(mentionOf.get(d)[i]);
                statements.get(i).speakerId = speaker.id;
                bySpeaker.add(speaker);
            }
            int[] primary = DocumentAppearances.primaries(statements);
            for (int i = 0; i < statements.size(); i++) {
                if (primary[i] == i) {
                    StoredStatement s = statements.get(i);
                    said.add(new ClaimService.Said(bySpeaker.get(i), s.role, s.said(), s.type,
                            Appearance.key(doc.id, s.start, s.end), doc.publishedAt));
                    saying.add(s);
                }
            }
        }
        List<String> claimIds = claims.resolve(said, docs.get(0).sourceKey, createdWith, pending, keysAhead);
        for (int j = 0; j < claimIds.size(); j++) {
            saying.get(j).claimId = claimIds.get(j);
        }
    }

    /**
     * The document's distinct mentions (one resolution each, seen on the date of its first statement) into
     * {@code distinct}; returns, per statement, the index of its mention.
     */
    private static int[] mentions(StoredDocument doc, List<SpeakerService.Mentioned> distinct) {
        List<StoredStatement> statements = doc.statements;
        Map<List<String>, Integer> seen = new LinkedHashMap<>();
        int[] mentionOf = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            StoredStatement s = statements.get(i);
            mentionOf[i] = seen.computeIfAbsent(Arrays.asList(s.speakerName, s.mention, s.role, s.kind), k -> {
                distinct.add(new SpeakerService.Mentioned(new SpeakerMention(s.speakerName, s.mention, s.role, s.kind),
                        s.date != null ? s.date : Dates.day(doc.publishedAt)));
                return distinct.size() - 1;
            });
        }
        return mentionOf;
    }
}
