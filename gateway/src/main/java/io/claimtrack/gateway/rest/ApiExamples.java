package io.claimtrack.gateway.rest;

/** Example payloads shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    static final String STATEMENT = """
            {"speaker": {"name": "Yury Ushakov", "mention": "Kremlin aide", "role": "Kremlin aide", "kind": "person"},
             "content": "Putin told Trump talks with Ukraine in Turkey were useful",
             "span": {"start": 31, "end": 88}, "cue": "said", "type": "indirect",
             "nested": false, "confidence": 0.86""";

    static final String EXTRACTION = """
            {"document": {"title": null, "source": "TASS", "url": "https://tass.com/politics/1968231",
                          "published": "2025-06-04", "language": "en",
                          "dateline": {"place": "MOSCOW", "date": "2025-06-04", "wire": "TASS"},
                          "text": "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said."},
             "statements": [""" + STATEMENT + "}]}";

    static final String DOCUMENT = """
            {"id": "6650f1c2a1b2c3d4e5f60718", "source": "TASS", "url": "https://tass.com/politics/1968231",
             "title": null, "published": "2025-06-04", "language": "en",
             "dateline": {"place": "MOSCOW", "date": "2025-06-04", "wire": "TASS"},
             "contentHash": "sha256:5d41402abc4b2a76b9719d911017c592", "revisionOf": null, "repeat": false,
             "ingestedAt": "2025-06-04T09:12:44Z",
             "text": "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.",
             "statements": [""" + STATEMENT + """
            , "claimId": "6650f1c2a1b2c3d4e5f60720", "speakerId": "6650f1c2a1b2c3d4e5f60719"}]}""";

    static final String CLAIMS = """
            {"items": [{"id": "6650f1c2a1b2c3d4e5f60720",
                        "speaker": {"id": "6650f1c2a1b2c3d4e5f60719", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
                        "text": "Putin told Trump talks with Ukraine in Turkey were useful", "type": "indirect",
                        "firstSeen": "2025-06-04T09:12:44Z", "lastSeen": "2025-06-04T09:12:44Z", "appearanceCount": 1,
                        "appearances": [{"documentId": "6650f1c2a1b2c3d4e5f60718", "source": "TASS",
                                         "url": "https://tass.com/politics/1968231", "published": "2025-06-04",
                                         "span": {"start": 31, "end": 88}, "cue": "said", "type": "indirect",
                                         "date": null, "confidence": 0.86, "nested": false, "via": null}]}],
             "next": null}""";

    static final String CLAIM_REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "claimReviewed": "Putin told Trump talks with Ukraine in Turkey were useful",
             "itemReviewed": {"@type": "Claim", "identifier": "6650f1c2a1b2c3d4e5f60720",
                              "text": "Putin told Trump talks with Ukraine in Turkey were useful",
                              "author": {"@type": "Person", "name": "Yury Ushakov", "jobTitle": "Kremlin aide"},
                              "datePublished": "2025-06-04",
                              "firstAppearance": {"@type": "CreativeWork", "url": "https://tass.com/politics/1968231",
                                                  "datePublished": "2025-06-04", "publisher": {"@type": "Organization", "name": "TASS"}},
                              "appearance": [{"@type": "CreativeWork", "url": "https://tass.com/politics/1968231",
                                              "datePublished": "2025-06-04", "publisher": {"@type": "Organization", "name": "TASS"}}]},
             "url": null, "datePublished": null, "author": {"@type": "Organization", "name": null},
             "reviewRating": {"@type": "Rating", "ratingValue": null, "bestRating": null, "worstRating": null, "alternateName": null}}""";

    static final String UNAVAILABLE = """
            {"status": 503, "title": "Service Unavailable", "detail": "ingest-service unavailable",
             "instance": "/api/v1/documents"}""";

    private ApiExamples() {
    }
}
