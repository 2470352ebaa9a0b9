package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.SourceView;

/** Outlets with document and claim counts; there are few, so one page holds them all. */
@ApplicationScoped
public class SourceQueries {

    public Page<SourceView> list() {
        List<String> sources = StoredDocument.mongoCollection().distinct("source", String.class).into(new ArrayList<>());
        List<SourceView> items = sources.stream().filter(s -> s != null).sorted()
                .map(s -> new SourceView(s, StoredDocument.count("source", s),
                        Claim.mongoCollection().countDocuments(eq("appearances.source", s))))
                .toList();
        return new Page<>(items, null);
    }
}
