package org.chancery.extract;

import java.util.List;
import org.chancery.document.Document;
import org.chancery.mapping.Mappings;

/**
 * The per-document chain, named in one place: language → sentences → known names → defined
 * acronyms → dates →
 * officials → meetings → resolutions → the sittings that adopted them → agreements → memberships.
 * Stateless between documents,
 * so one pipeline serves many threads.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(Mappings mappings) {
        this.stages = List.of(
                new LanguageStage(mappings),
                new SentenceStage(),
                new GazetteerStage(mappings.gazetteer(), FunctionWords.of(mappings), mappings.wordSet("InPlaceWord")),
                new AcronymStage(mappings),
                new BodyStage(mappings),
                new SiteStage(mappings),
                new DateStage(mappings),
                new OfficialStage(mappings),
                new MeetingStage(mappings),
                new EncounterStage(mappings),
                new ResolutionStage(mappings),
                new SittingStage(mappings),
                new AgreementStage(mappings),
                new MembershipStage(mappings));
    }

    public DocumentReading read(Document document) {
        DocumentReading r = new DocumentReading(document);
        for (Stage s : stages) s.process(r);
        return r;
    }
}
