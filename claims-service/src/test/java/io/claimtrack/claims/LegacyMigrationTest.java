package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.LegacyMigration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A store written by the earlier model (appearances inside the claim, no document states) reads back whole. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class LegacyMigrationTest {

    @Inject
    LegacyMigration migration;

    @Test
    void documentsAndEmbeddedAppearancesOfTheEarlierModelAreMigrated() {
        String tag = Docs.unique();
        String docId = "doc_legacy" + tag;
        String claimId = "cl_legacy" + tag;
        String speakerId = "sp_legacy" + tag;
        Date published = Date.from(java.time.Instant.parse("2025-06-04T00:00:00Z"));
        var db = StoredDocument.mongoDatabase();
        db.getCollection("speakers").insertOne(new Document("_id", speakerId).append("name", "Lea Legacy" + tag)
                .append("nameKey", "lea legacy" + tag).append("surnameKey", "legacy" + tag).append("kind", "person")
                .append("aliases", List.of("Lea Legacy" + tag)).append("aliasKeys", List.of("lea legacy" + tag))
                .append("nameTokens", List.of("lea")).append("roles", List.of()).append("merges", List.of()));
        db.getCollection("documents").insertOne(new Document("_id", docId).append("source", "Old Desk " + tag)
                .append("text", "Old text " + tag).append("published", "2025-06-04").append("publishedAt", published)
                .append("contentHash", "h" + tag).append("ingestedAt", new Date())
                .append("statements", List.of(new Document("content", "old claim " + tag).append("start", 0)
                        .append("end", 3).append("claimId", claimId).append("speakerId", speakerId))));
        db.getCollection("claims").insertOne(new Document("_id", claimId).append("speakerId", speakerId)
                .append("speakerName", "Lea Legacy" + tag).append("speakerKind", "person")
                .append("text", "old claim " + tag).append("normText", "old claim " + tag)
                .append("tokens", List.of("old", "claim", tag)).append("type", "direct").append("firstSeen", published)
                .append("lastSeen", published).append("appearanceCount", 1)
                .append("appearances", List.of(new Document("key", docId + ":0-3").append("documentId", docId)
                        .append("source", "Old Desk " + tag).append("published", "2025-06-04")
                        .append("seenAt", published).append("start", 0).append("end", 3).append("type", "direct"))));
        // an anonymous speaker of the earlier model ("a source" of one document) is looked up by nobody's name
        db.getCollection("speakers").insertOne(new Document("_id", "sp_anonymous" + tag).append("name", "an aide " + tag)
                .append("nameKey", "an aide " + tag).append("kind", "anonymous").append("aliasKeys", List.of("an aide " + tag)));
        db.getCollection("counters").deleteOne(new Document("_id", "schema"));

        migration.migrate();
        migration.migrate(); // once done, a second start changes nothing

        given().get("/documents/" + docId).then().statusCode(200).body("statements[0].claimId", equalTo(claimId));
        given().get("/claims/" + claimId).then().statusCode(200).body("appearanceCount", is(1))
                .body("seq", notNullValue()).body("appearances.documentId", contains(docId));
        given().queryParam("source", "old desk " + tag).get("/claims").then().body("items.id", contains(claimId));
        given().queryParam("source", "Old Desk " + tag).get("/documents").then().body("items", hasSize(1));
        given().get("/speakers/" + speakerId).then().body("claimCount", is(1));
        assertEquals(1, db.getCollection("lookup_keys").countDocuments(new Document("_id", "alias|lea legacy" + tag)));
        assertEquals(0, db.getCollection("lookup_keys").countDocuments(new Document("_id", "alias|an aide " + tag)));
    }
}
