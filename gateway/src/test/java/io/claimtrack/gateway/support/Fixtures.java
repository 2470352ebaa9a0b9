package io.claimtrack.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Downstream payloads in the contract's shapes. */
public final class Fixtures {

    public static final String TEXT = "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, "
            + "Kremlin aide Yury Ushakov said.";

    public static final String DOCUMENT_ID = "doc-1";

    public static final String EXTRACTION = """
            {"document": {"title": null, "source": "TASS", "url": "https://tass.com/1", "published": "2025-06-04",
                          "language": "en", "dateline": {"place": "MOSCOW", "date": "2025-06-04", "wire": "TASS"},
                          "text": "%s"},
             "statements": [{"speaker": {"name": "Yury Ushakov", "mention": "Kremlin aide", "role": "Kremlin aide", "kind": "person"},
                             "content": "Putin told Trump that talks with Ukraine in Turkey were useful",
                             "span": {"start": 23, "end": 86}, "cue": "said", "type": "indirect", "confidence": 0.86}]}
            """.formatted(TEXT);

    public static final String STORED = """
            {"id": "%s", "source": "TASS", "url": "https://tass.com/1", "title": null, "published": "2025-06-04",
             "language": "en", "contentHash": "h1", "revisionOf": null, "repeat": false, "ingestedAt": "2025-06-04T09:00:00Z",
             "text": "%s",
             "statements": [{"speaker": {"name": "Yury Ushakov", "kind": "person"}, "content": "Putin told Trump that talks with Ukraine in Turkey were useful",
                             "span": {"start": 23, "end": 86}, "cue": "said", "type": "indirect", "confidence": 0.86,
                             "claimId": "claim-1", "speakerId": "speaker-1"}]}
            """.formatted(DOCUMENT_ID, TEXT);

    public static final String CLAIMS_PAGE = """
            {"items": [{"id": "claim-1", "speaker": {"id": "speaker-1", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
                        "text": "Putin told Trump that talks with Ukraine in Turkey were useful", "type": "indirect",
                        "firstSeen": "2025-06-04T09:00:00Z", "lastSeen": "2025-06-04T09:00:00Z", "appearanceCount": 1,
                        "appearances": [{"documentId": "doc-1", "source": "TASS", "url": "https://tass.com/1"}]}],
             "next": "c2"}
            """;

    private Fixtures() {
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static ResponseDefinitionBuilder problemResponse(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": %d, \"title\": \"%s\", \"detail\": \"%s\"}".formatted(status, title, detail));
    }
}
