package io.claimtrack.gateway.rest;

/** Example payloads shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    static final String STATEMENT = """
            {"speaker": {"name": "Yury Ushakov", "mention": "Kremlin aide", "role": "Kremlin aide", "kind": "person"},
             "content": "Putin told Trump that talks with Ukraine in Turkey were useful",
             "span": {"start": 23, "end": 85}, "cue": "said", "type": "indirect",
             "date": null, "nested": false, "via": null, "confidence": 0.86, "region": "main\"""";

    static final String EXTRACTION = """
            {"document": {"title": null, "source": "TASS", "url": "https://tass.com/politics/1968231",
                          "published": "2025-06-04", "language": "en",
                          "dateline": {"place": "MOSCOW", "date": "2025-06-04", "wire": "TASS"},
                          "text": "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said."},
             "statements": [""" + STATEMENT + "}]}";

    static final String DOCUMENT = """
            {"id": "doc_85c3c4c09e9fd2732627d4ff", "source": "TASS", "url": "https://tass.com/politics/1968231",
             "title": null, "published": "2025-06-04", "language": "en",
             "dateline": {"place": "MOSCOW", "date": "2025-06-04", "wire": "TASS"},
             "contentHash": "85c3c4c09e9fd2732627d4ffdd1e18c4269cca8cfeddcfcd4718f6e57b87edd5", "revisionOf": null, "repeat": false,
             "ingestedAt": "2025-06-04T09:12:44Z",
             "text": "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.",
             "statements": [""" + STATEMENT + """
            , "claimId": "cl_2b8d7fc87de74772570846ec", "speakerId": "sp_5f68287c63833a55c32686a7"}]}""";

    static final String CLAIMS = """
            {"items": [{"id": "cl_2b8d7fc87de74772570846ec",
                        "speaker": {"id": "sp_5f68287c63833a55c32686a7", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
                        "text": "Putin told Trump that talks with Ukraine in Turkey were useful", "type": "indirect",
                        "firstSeen": "2025-06-04T09:12:44Z", "lastSeen": "2025-06-04T09:12:44Z", "appearanceCount": 1,
                        "appearances": [{"documentId": "doc_85c3c4c09e9fd2732627d4ff", "source": "TASS",
                                         "url": "https://tass.com/politics/1968231", "published": "2025-06-04",
                                         "span": {"start": 23, "end": 85}, "cue": "said", "type": "indirect",
                                         "date": null, "confidence": 0.86, "nested": false, "via": null}]}],
             "next": null}""";

    static final String CLAIMS_CSV = "id,speaker_id,speaker,type,text,first_seen,last_seen,appearances,first_source,first_url,first_published\r\n"
            + "cl_2b8d7fc87de74772570846ec,sp_5f68287c63833a55c32686a7,Yury Ushakov,indirect,Putin told Trump that talks with Ukraine "
            + "in Turkey were useful,2025-06-04T09:12:44Z,2025-06-04T09:12:44Z,1,TASS,https://tass.com/politics/1968231,2025-06-04\r\n";

    static final String CLAIM_REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "claimReviewed": "Putin told Trump that talks with Ukraine in Turkey were useful",
             "itemReviewed": {"@type": "Claim", "identifier": "cl_2b8d7fc87de74772570846ec",
                              "text": "Putin told Trump that talks with Ukraine in Turkey were useful",
                              "author": {"@type": "Person", "name": "Yury Ushakov", "jobTitle": "Kremlin aide"},
                              "datePublished": "2025-06-04",
                              "firstAppearance": {"@type": "CreativeWork", "url": "https://tass.com/politics/1968231",
                                                  "datePublished": "2025-06-04", "publisher": {"@type": "Organization", "name": "TASS"}},
                              "appearance": [{"@type": "CreativeWork", "url": "https://tass.com/politics/1968231",
                                              "datePublished": "2025-06-04", "publisher": {"@type": "Organization", "name": "TASS"}}]},
             "url": null, "datePublished": null, "author": {"@type": "Organization", "name": null},
             "reviewRating": {"@type": "Rating", "ratingValue": null, "bestRating": null, "worstRating": null, "alternateName": null}}""";

    private ApiExamples() {
    }

    static final String REASSIGN = """
            {"action": "reassign",
             "statement": {"document": "doc_85c3c4c09e9fd2732627d4ff", "span": {"start": 23, "end": 85}},
             "to": {"name": "Dmitry Peskov", "kind": "person"},
             "reason": "The quote is the spokesman's, not the aide's"}""";

    static final String HIDE = """
            {"action": "hide",
             "statement": {"document": "doc_85c3c4c09e9fd2732627d4ff", "span": {"start": 23, "end": 85}},
             "reason": "A photo caption, not a statement"}""";

    static final String CORRECTION = """
            {"id": "co_1b7e0c2f9a6d4e3b8c5a7f10", "seq": 418, "action": "reassign", "by": "desk-editor",
             "at": "2025-06-05T08:14:03Z", "reason": "The quote is the spokesman's, not the aide's", "status": "applied",
             "undoneBy": null, "undoes": null,
             "targets": [{"documentId": "doc_85c3c4c09e9fd2732627d4ff", "span": {"start": 23, "end": 85},
                          "text": "Putin told Trump that talks with Ukraine in Turkey were useful",
                          "speakerId": "sp_0c1d2e3f4a5b6c7d8e9f0a1b", "status": "applied"}],
             "before": {"speakerId": "sp_5f68287c63833a55c32686a7", "speakerName": "Yury Ushakov"},
             "after": {"speakerId": "sp_0c1d2e3f4a5b6c7d8e9f0a1b", "speakerName": "Dmitry Peskov"}}""";
}
