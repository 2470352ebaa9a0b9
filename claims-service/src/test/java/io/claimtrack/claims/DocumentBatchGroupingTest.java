package io.claimtrack.claims;

import static com.mongodb.client.model.Filters.in;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Source;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.PendingRecovery;
import io.claimtrack.claims.service.SourceCounts;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A batch writes its new documents' speakers, claims and appearances together ({@code DocumentWriter.completeAll}):
 * what it stores must be what posting the same documents one after another stores. Each test stores one set of
 * documents under two tags, one way under each, and compares everything the API shows of them, the tag aside.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
@QuarkusTestResource(MongoTestResource.class)
class DocumentBatchGroupingTest {

    @Inject
    StoreReads store;

    @Inject
    PendingRecovery recovery;

    @Inject
    SourceCounts sourceCounts;

    /**
     * Two documents of the same speaker, the same claim in two documents and from two outlets, a bare surname that
     * joins a full name and is split off again by a second full name, anonymous speakers, a role that changes, a
     * repeat, a syndicated copy and a revision, all in one batch.
     */
    @Test
    void aBatchStoresWhatPostsInTurnStore() {
        String posted = Docs.letters();
        List<Integer> statuses = new ArrayList<>();
        for (Map<String, Object> doc : documents(posted)) {
            statuses.add(given().contentType("application/json").body(doc).post("/documents").then().extract().statusCode());
        }
        assertEquals(List.of(201, 201, 201, 201, 200, 201, 201, 201), statuses);
        String batched = Docs.letters();
        DocumentBatchTest.postBatch(documents(batched)).statusCode(200).body("results.status", equalTo(statuses));

        assertEquals(stored(posted), stored(batched).replace(batched, posted).replace(capital(batched), capital(posted)));
    }

    /** A run of new documents is written with one command per collection, not one per document. */
    @Test
    void newDocumentsOfABatchAreWrittenTogether() {
        String tag = Docs.letters();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(Docs.text("Irina " + capital(tag) + " said \"statement " + i + " of " + tag + "\" and a source said \"aside "
                    + i + " of " + tag + "\".").with("source", "Wire " + tag).with("published", "2026-03-0" + (1 + i % 2))
                    .says("Irina " + capital(tag), "statement " + i + " of " + tag)
                    .says("a source", null, "anonymous", "aside " + i + " of " + tag, "direct").body());
        }
        store.reset();
        DocumentBatchTest.postBatch(batch).statusCode(200).body("results.status", equalTo(List.of(201, 201, 201, 201, 201, 201)));
        assertEquals(1, store.writes("insert", "appearances"));
        assertEquals(1, store.writes("insert", "claim_keys"));
        assertEquals(1, store.writes("update", "speaker_days"));
        assertEquals(1, store.writes("update", "documents"));
        assertEquals(1, store.writes("delete", "pending_ingests"));
        // claims: their upsert only, which flags them as appeared in the outlet (all of them are new)
        assertEquals(1, store.writes("update", "claims"));
        // speakers: Irina with the first document (her keys before), the six documents' anonymous sources together
        // with the last document's (one write, not one per document), and their claim counts
        assertEquals(3, store.writes("update", "speakers"));
        assertEquals(0, store.writes("findAndModify", "speakers"));
        assertEquals(1, store.writes("update", "lookup_keys"));
        assertEquals(1, store.finds("claim_keys"));
        given().queryParam("q", tag).queryParam("limit", 100).get("/claims").then().statusCode(200)
                .body("items.size()", equalTo(12));
    }

    /**
     * A chunk a crash interrupted after its claims and some appearances were written, recovered at startup and
     * then sent again, ends as the same documents posted in turn.
     */
    @Test
    void aRetriedChunkAfterAPartialWriteEndsAsPostsInTurn() {
        String posted = Docs.letters();
        List<Map<String, Object>> docs = newDocuments(posted);
        docs.forEach(doc -> given().contentType("application/json").body(doc).post("/documents").then().statusCode(201));

        String batched = Docs.letters();
        List<String> ids = DocumentBatchTest.postBatch(newDocuments(batched)).statusCode(200)
                .body("results.status", equalTo(List.of(201, 201, 201))).extract().path("results.id");
        // the state a crash leaves inside the chunk's writes: every document still pending with its marker, the
        // last one's appearances not yet written, the outlet's count bracket open
        StoredDocument.mongoCollection().updateMany(in("_id", ids), Updates.set("state", StoredDocument.PENDING));
        ids.forEach(id -> StoredDocument.mongoDatabase().getCollection("pending_ingests")
                .insertOne(new Document("_id", id).append("at", new java.util.Date())));
        Appearance.mongoCollection().deleteMany(Filters.eq("documentId", ids.get(2)));
        Source.mongoDatabase().getCollection("sources").updateOne(Filters.eq("name", "Wire " + batched),
                Updates.inc("pending", 1));
        recovery.recover();
        sourceCounts.recountInterrupted();

        DocumentBatchTest.postBatch(newDocuments(batched)).statusCode(200)
                .body("results.status", equalTo(List.of(200, 200, 200))).body("results.id", equalTo(ids));
        assertEquals(stored(posted), stored(batched).replace(batched, posted).replace(capital(batched), capital(posted)));
    }

    private static List<Map<String, Object>> newDocuments(String tag) {
        String irina = "Irina " + capital(tag);
        String useful = "the talks on " + tag + " were useful";
        return List.of(
                Docs.text(irina + " said \"" + useful + "\" and \"prices of " + tag + " fall\".")
                        .with("source", "Wire " + tag).with("published", "2026-03-02")
                        .says(irina, useful).says(irina, "prices of " + tag + " fall").body(),
                Docs.text(irina + " said \"" + useful + "\" on Monday.").with("source", "Wire " + tag)
                        .with("published", "2026-03-03").says(irina, useful).body(),
                Docs.text(irina + " repeated \"" + useful + " again\".").with("source", "Wire " + tag)
                        .with("published", "2026-03-04").says(irina, useful + " again").body());
    }

    static List<Map<String, Object>> documents(String tag) {
        String t = capital(tag);
        String irina = "Irina " + t;
        String olga = "Olga " + t + "ova";
        String useful = "the talks on " + tag + " were useful and will go on";
        Map<String, Object> first = Docs.text(irina + " said \"" + useful + "\". A source said \"the deal on " + tag
                + " is close\". Minister " + olga + " said \"prices of " + tag + " will fall\".")
                .with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/1").with("published", "2026-03-02")
                .says(irina, useful).says("a source", null, "anonymous", "the deal on " + tag + " is close", "direct")
                .says(olga, "Minister", "person", "prices of " + tag + " will fall", "direct").body();
        Map<String, Object> second = Docs.text(irina + " said \"" + useful + "\". " + t + " added \"we will not yield on "
                + tag + "\".").with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/2")
                .with("published", "2026-03-03").says(irina, useful).says(t, "we will not yield on " + tag).body();
        Map<String, Object> third = Docs.text("Pavel " + t + " said \"nothing on " + tag + " is agreed\". A source said \"the deal on "
                + tag + " is close\".").with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/3")
                .with("published", "2026-03-03").says("Pavel " + t, "nothing on " + tag + " is agreed")
                .says("a source", null, "anonymous", "the deal on " + tag + " is close", "direct").body();
        Map<String, Object> otherOutlet = Docs.text(irina + " told us \"" + useful + "\".").with("source", "Post " + tag)
                .with("url", "https://post.example/" + tag + "/1").with("published", "2026-03-03").says(irina, useful).body();
        Map<String, Object> copy = new java.util.HashMap<>(second);
        copy.put("source", "Post " + tag);
        copy.put("url", "https://post.example/" + tag + "/2");
        Map<String, Object> revision = Docs.text(irina + " said \"" + useful + " soon\". Deputy minister " + olga
                + " said \"prices of " + tag + " will fall\".").with("source", "Wire " + tag)
                .with("url", "https://wire.example/" + tag + "/1").with("published", "2026-03-04")
                .says(irina, useful + " soon").says(olga, "Deputy minister", "person", "prices of " + tag + " will fall", "direct").body();
        Map<String, Object> last = Docs.text(olga + " said \"prices of " + tag + " will fall\" and " + irina + " said \"a new line on "
                + tag + "\".").with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/4")
                .with("published", "2026-03-05").says(olga, "prices of " + tag + " will fall")
                .says(irina, "a new line on " + tag).body();
        return List.of(first, second, third, otherOutlet, first, copy, revision, last);
    }

    static String stored(String tag) {
        return stored(tag, Comparator.comparing(c -> ((Number) c.get("seq")).longValue()));
    }

    /**
     * Everything the API shows of the tag's claims (in the given order), speakers, outlets and documents, without
     * ids.
     */
    static String stored(String tag, Comparator<Map<String, Object>> claimOrder) {
        Map<String, Object> all = new TreeMap<>();
        List<Map<String, Object>> claims = given().queryParam("q", tag).queryParam("limit", 100).get("/claims").then()
                .statusCode(200).extract().path("items");
        Map<String, String> claimText = new TreeMap<>();
        claims.sort(claimOrder);
        List<Object> inOrder = new ArrayList<>();
        for (Map<String, Object> claim : claims) {
            claimText.put((String) claim.get("id"), (String) claim.get("text"));
            Map<String, Object> full = given().get("/claims/" + claim.get("id")).then().statusCode(200).extract().path("");
            full.remove("id");
            full.remove("seq");
            ((Map<?, ?>) full.get("speaker")).remove("id");
            // of one day, appearances come in the order of their ids, which are hashes of the texts
            List<Map<String, Object>> appearances = (List<Map<String, Object>>) full.get("appearances");
            appearances.forEach(a -> a.remove("documentId"));
            appearances.sort(Comparator.comparing(Object::toString));
            inOrder.add(full);
        }
        all.put("claims", inOrder);
        Map<String, Object> speakers = new TreeMap<>();
        List<Map<String, Object>> found = new ArrayList<>();
        for (String name : List.of(tag, tag + "ova")) {
            found.addAll(given().queryParam("q", name).queryParam("limit", 100).get("/speakers").then()
                    .statusCode(200).extract().<List<Map<String, Object>>>path("items"));
        }
        for (Map<String, Object> speaker : found) {
            String id = (String) speaker.get("id");
            Map<String, Object> view = given().get("/speakers/" + id).then().statusCode(200).extract().path("");
            view.remove("id");
            ((List<Map<String, Object>>) view.get("merges")).forEach(m -> {
                m.remove("speakerId");
                m.remove("at");
            });
            view.put("stats", given().get("/speakers/" + id + "/stats").then().statusCode(200).extract().path("series"));
            speakers.put((String) speaker.get("name") + " " + speakers.size(), view);
        }
        all.put("speakers", speakers);
        List<Map<String, Object>> outlets = given().get("/sources").then().statusCode(200).extract().path("items");
        all.put("outlets", outlets.stream().filter(o -> ((String) o.get("source")).contains(tag)).sorted(
                Comparator.comparing(o -> (String) o.get("source"))).toList());
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String outlet : List.of("Wire " + tag, "Post " + tag)) {
            List<Map<String, Object>> listed = given().queryParam("source", outlet).queryParam("include", "statements")
                    .queryParam("limit", 100).get("/documents").then().statusCode(200).extract().path("items");
            for (Map<String, Object> doc : listed) {
                Map<String, Object> view = given().get("/documents/" + doc.get("id")).then().statusCode(200).extract().path("");
                for (Map<String, Object> s : (List<Map<String, Object>>) view.get("statements")) {
                    // a hidden statement has no claim
                    s.put("claimId", s.get("claimId") == null ? null : claimText.get(s.get("claimId")));
                    s.remove("speakerId");
                }
                view.put("links", (view.get("revisionOf") != null) + "/" + (view.get("syndicationOf") != null) + "/"
                        + (view.get("supersededBy") != null));
                view.keySet().removeIf(k -> k.equals("id") || k.equals("ingestedAt") || k.equals("contentHash") || k.endsWith("Of") || k.equals("supersededBy"));
                documents.add(view);
            }
        }
        documents.sort(Comparator.comparing(Object::toString));
        all.put("documents", documents);
        return all.toString();
    }

    static String capital(String tag) {
        return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }
}
