import Foundation
import Testing
import TejidoInterchange
import TejidoModel

@Suite("CSV: problems are located at file, line and column")
struct CSVProblemTests {
    /// Runs `body` on a fresh small directory.
    func withDirectory(_ body: (CSVScratch) throws -> Void) throws {
        let scratch = try CSVScratch()
        defer { scratch.remove() }
        try scratch.writeSmallDirectory()
        try body(scratch)
    }

    @Test("the small directory imports cleanly")
    func clean() throws {
        try withDirectory { scratch in
            let outcome = try scratch.read()
            #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
            #expect(outcome.dataset.organizations.count == 2)
            #expect(outcome.dataset.offerings.count == 1)
            #expect(outcome.dataset.needs.count == 1)
            #expect(outcome.recordsRead == 4)
        }
    }

    @Test("a missing required column is a problem at line 1 naming the column, and nothing of the file is read")
    func missingColumn() throws {
        try withDirectory { scratch in
            try scratch.write("organizations.csv", lines: ["slug,kinds", "huertos,worker_coop"])
            let outcome = try scratch.read()
            let problem = try #require(outcome.rejected.first)
            #expect(problem.file == "organizations.csv")
            #expect(problem.line == 1)
            #expect(problem.field == "name")
            #expect(problem.reason == "required column is missing from the header")
            #expect(outcome.dataset.organizations.isEmpty)
            // What points at the unread organizations is rejected, saying why.
            let offering = try #require(outcome.rejected.first { $0.file == "offerings.csv" })
            #expect(offering.line == 2 && offering.field == "organization")
            #expect(offering.reason.contains("organizations.csv could not be read"), "\(offering)")
            #expect(outcome.dataset.offerings.isEmpty && outcome.dataset.needs.isEmpty)
        }
    }

    @Test("an unknown extra column is a problem naming it, with a close match when there is one")
    func extraColumn() throws {
        try withDirectory { scratch in
            try scratch.write("offerings.csv", lines: [
                "organization,service,descripton_es,colour",
                "incubadora,incubation.inclusive,Acompañamiento,green",
            ])
            let outcome = try scratch.read()
            let problems = outcome.rejected.filter { $0.file == "offerings.csv" }
            #expect(problems.count == 2, "\(outcome.csvReport)")
            #expect(problems.allSatisfy { $0.line == 1 })
            #expect(problems.map(\.field) == ["descripton_es", "colour"])
            #expect(problems.first?.reason == "is not a column of offerings.csv; did you mean 'description_es'?")
            #expect(problems.last?.reason.hasPrefix("is not a column of offerings.csv (its columns are id, organization, service") == true)
            #expect(outcome.dataset.offerings.isEmpty)
            #expect(outcome.dataset.organizations.count == 2, "other files are still read")
        }
    }

    @Test("columns may come in any order and in any case; a description in another language tag is accepted")
    func columnOrder() throws {
        try withDirectory { scratch in
            try scratch.write("offerings.csv", lines: [
                "Description_es-CL, SERVICE ,organization",
                "Acompañamiento,incubation.inclusive,incubadora",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
            #expect(outcome.dataset.offerings.first?.description == ["es-CL": "Acompañamiento"])
        }
    }

    @Test("a bad enumeration value names the line and column and lists the allowed values")
    func badEnum() throws {
        try withDirectory { scratch in
            try scratch.write("organizations.csv", lines: [
                "slug,name,kinds,stage",
                "huertos,Huertos de La Islita,worker_coop,growing",
                "incubadora,Incubadora Municipal,incubator; nursery,",
            ])
            let outcome = try scratch.read()
            let problems = outcome.rejected.filter { $0.file == "organizations.csv" }
            #expect(problems.count == 2, "\(outcome.csvReport)")
            let stage = try #require(problems.first)
            #expect(stage.line == 2 && stage.field == "stage")
            #expect(stage.reason == "'growing' is not a stage; allowed: idea, pre_startup, startup, existing, converting")
            let kind = try #require(problems.last)
            #expect(kind.line == 3 && kind.field == "kinds")
            #expect(kind.reason.hasPrefix("'nursery' is not an organization kind;"))
            #expect(kind.reason.contains("allowed: worker_coop, consumer_coop,"))
            #expect(outcome.dataset.organizations.isEmpty)
            // Their offering and need go with them.
            #expect(outcome.dataset.offerings.isEmpty && outcome.dataset.needs.isEmpty)
            let offering = try #require(outcome.rejected.first { $0.file == "offerings.csv" })
            #expect(offering.reason == "organization 'incubadora' was not imported (see organizations.csv line 3)")
        }
    }

    @Test("an unknown service code suggests the close one")
    func unknownService() throws {
        try withDirectory { scratch in
            try scratch.write("needs.csv", lines: [
                "organization,service,urgency",
                "huertos,finance.bookeeping,high",
                "huertos,bookkeeping,low",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.count == 2, "\(outcome.csvReport)")
            let first = try #require(outcome.rejected.first)
            #expect(first.file == "needs.csv" && first.line == 2 && first.field == "service")
            #expect(first.reason == "'finance.bookeeping' is not in the taxonomy; did you mean 'finance.bookkeeping'?")
            #expect(outcome.rejected.last?.reason.hasSuffix("did you mean 'finance.bookkeeping'?") == true, "\(outcome.csvReport)")
            #expect(outcome.dataset.needs.isEmpty)
        }
    }

    @Test("an unknown organization slug suggests the close one")
    func unknownSlug() throws {
        try withDirectory { scratch in
            try scratch.write("offerings.csv", lines: [
                "organization,service",
                "incubadorra,incubation.inclusive",
            ])
            try scratch.write("relationships.csv", lines: [
                "from,kind,to",
                "incubadora,serves,huerto",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.count == 2, "\(outcome.csvReport)")
            let offering = try #require(outcome.rejected.first)
            #expect(offering.file == "offerings.csv" && offering.line == 2 && offering.field == "organization")
            #expect(offering.reason == "no organization 'incubadorra' in organizations.csv; did you mean 'incubadora'?")
            let relationship = try #require(outcome.rejected.last)
            #expect(relationship.file == "relationships.csv" && relationship.line == 2 && relationship.field == "to")
            #expect(relationship.reason == "no organization 'huerto' in organizations.csv; did you mean 'huertos'?")
        }
    }

    @Test("a duplicate id is a problem on the second row, naming the first")
    func duplicateID() throws {
        try withDirectory { scratch in
            let id = "6278d149-7f22-52b1-88c8-9e8bbe9643cb"
            try scratch.write("offerings.csv", lines: [
                "id,organization,service",
                "\(id),incubadora,incubation.inclusive",
                "\(id),incubadora,training.coop_education",
            ])
            try scratch.write("needs.csv", lines: [
                "organization,service",
                "huertos,finance.bookkeeping",
                "huertos,finance.bookkeeping",
                "\(id),finance.tax",
            ])
            let outcome = try scratch.read()
            let offering = try #require(outcome.rejected.first { $0.file == "offerings.csv" })
            #expect(offering.line == 3 && offering.field == "id")
            #expect(offering.reason == "'\(id)' is also the id on line 2")
            #expect(outcome.dataset.offerings.map(\.service) == ["incubation.inclusive"])
            let needs = outcome.rejected.filter { $0.file == "needs.csv" }
            #expect(needs.first?.line == 3 && needs.first?.field == "id")
            #expect(needs.first?.reason.contains("same organization and service as line 2") == true, "\(outcome.csvReport)")
            #expect(needs.last?.line == 4 && needs.last?.field == "organization", "a UUID is not a slug")
        }
    }

    @Test("a quoted cell left open at the end of the file is reported at the line it opened, and the rows before it are read")
    func unclosedQuote() throws {
        try withDirectory { scratch in
            try scratch.write("needs.csv", "organization,service,description_es\r\nhuertos,finance.tax,\"Impuestos, \"\"IVA\"\"\r\ny más\"\r\nhuertos,finance.bookkeeping,\"Contabilidad mensual\r\nsin cerrar\r\n")
            let outcome = try scratch.read()
            #expect(outcome.rejected.count == 1, "\(outcome.csvReport)")
            let problem = try #require(outcome.rejected.first)
            #expect(problem.file == "needs.csv")
            #expect(problem.line == 4)
            #expect(problem.reason == "a quoted cell opened on line 4 is never closed: the file ends inside it; add the closing quote (\")")
            #expect(outcome.dataset.needs.map(\.service) == ["finance.tax"])
            #expect(outcome.dataset.needs.first?.description == ["es": "Impuestos, \"IVA\"\r\ny más"])
        }
    }

    @Test("lines count physical lines, so a row after a multi-line cell is located right")
    func physicalLines() throws {
        try withDirectory { scratch in
            try scratch.write("organizations.csv", lines: [
                "slug,name,description_es,kinds",
                "huertos,Huertos de La Islita,\"Primera línea",
                "segunda línea",
                "tercera\",worker_coop",
                "incubadora,Incubadora Municipal,,incubator; hatchery",
            ])
            let outcome = try scratch.read()
            let problem = try #require(outcome.rejected.first)
            #expect(problem.file == "organizations.csv" && problem.line == 5 && problem.field == "kinds", "\(outcome.csvReport)")
            #expect(outcome.dataset.organizations.map(\.slug) == ["huertos"])
        }
    }

    @Test("a cell's problem is placed on the line the cell starts, inside a record spanning lines")
    func cellLine() throws {
        try withDirectory { scratch in
            try scratch.write("organizations.csv", lines: [
                "slug,name,description_es,kinds,stage",
                "huertos,Huertos de La Islita,\"Primera línea",
                "segunda\",worker_coop,grown",
                "incubadora,Incubadora Municipal,,incubator,",
            ])
            let problem = try #require(try scratch.read().rejected.first)
            #expect(problem.line == 3 && problem.field == "stage")
        }
    }

    @Test("a problem in a sources.csv row is placed there, names its record, and rejects the record")
    func partProblem() throws {
        try withDirectory { scratch in
            try scratch.write("sources.csv", lines: [
                "entity,record,document,quote,language",
                "organization,huertos,ficha.pdf,Huertos de La Islita,spanish!",
                "organization,incubadora,convenio.pdf,,",
                "need,huertos:finance.bookeeping,ficha.pdf,,",
                "offering,incubadora:incubation.inclusive,\" \",,",
            ])
            let outcome = try scratch.read()
            let problems = outcome.rejected.filter { $0.file == "sources.csv" }
            #expect(problems.count == 3, "\(outcome.csvReport)")
            #expect(problems[0].line == 2 && problems[0].field == "language" && problems[0].record == "organization 'huertos'")
            #expect(problems[1].line == 4 && problems[1].field == "record")
            #expect(problems[1].reason == "no need 'huertos:finance.bookeeping' in needs.csv; did you mean 'huertos:finance.bookkeeping'?")
            #expect(problems[2].line == 5 && problems[2].field == "document" && problems[2].reason == "is required and may not be blank")
            #expect(outcome.dataset.organizations.map(\.slug) == ["incubadora"])
            #expect(outcome.dataset.offerings.isEmpty)
        }
    }

    @Test("an organization without a source is rejected, saying where to add one")
    func noSource() throws {
        try withDirectory { scratch in
            try scratch.write("sources.csv", lines: ["entity,record,document", "organization,huertos,ficha.pdf"])
            let outcome = try scratch.read()
            let problem = try #require(outcome.rejected.first)
            #expect(problem.file == "organizations.csv" && problem.line == 3 && problem.field == nil)
            #expect(problem.reason.hasSuffix("add a row to sources.csv with entity 'organization' and record 'incubadora'"))
        }
    }

    @Test("an unknown area suggests the area id, also when a name was typed")
    func unknownArea() throws {
        try withDirectory { scratch in
            try scratch.write("organizations.csv", lines: [
                "slug,name,kinds,country,area,service_areas",
                "huertos,Huertos de La Islita,worker_coop,CL,Isla de Maipo,",
                "incubadora,Incubadora Municipal,incubator,CL,,cl-rm-isla-de-maip",
            ])
            let outcome = try scratch.read()
            let problems = outcome.rejected.filter { $0.file == "organizations.csv" }
            #expect(problems.count == 2, "\(outcome.csvReport)")
            #expect(problems[0].field == "area" && problems[0].reason.contains("did you mean 'cl-rm-isla-de-maipo'?"))
            #expect(problems[1].field == "service_areas" && problems[1].reason == "no area 'cl-rm-isla-de-maip'; did you mean 'cl-rm-isla-de-maipo'?")
        }
    }

    @Test("a row with more cells than the header is a problem; blank rows are skipped")
    func widths() throws {
        try withDirectory { scratch in
            try scratch.write("needs.csv", lines: [
                "organization,service,urgency",
                ",,",
                "huertos,finance.bookkeeping,high,extra",
                "",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.count == 1, "\(outcome.csvReport)")
            #expect(outcome.rejected.first?.line == 3)
            #expect(outcome.recordsRead == 4)
        }
    }

    @Test("rows without ids get stable derived ids: importing the same files twice gives the same records")
    func derivedIDs() throws {
        try withDirectory { scratch in
            let first = try scratch.read(), second = try scratch.read()
            #expect(first.dataset == second.dataset)
            let huertos = try #require(first.dataset.organizations.first)
            #expect(huertos.id.uuid == NameBasedUUID.make("tejido:csv:organization:huertos"))
            #expect(first.dataset.needs.first?.id.uuid == NameBasedUUID.make("tejido:csv:need:huertos:finance.bookkeeping"))
            #expect(first.dataset.offerings.first?.id.uuid == NameBasedUUID.make("tejido:csv:offering:incubadora:incubation.inclusive"))
        }
    }

    @Test("files with a byte-order mark or without, CRLF or LF, comma or semicolon separated, all read the same")
    func encodings() throws {
        try withDirectory { scratch in
            let plain = try scratch.read().dataset
            try scratch.write("organizations.csv", "\u{FEFF}slug;name;kinds;stage;country;area;service_areas\r\nhuertos;Huertos de La Islita;worker_coop;existing;CL;cl-rm-isla-de-maipo;\r\nincubadora;Incubadora Municipal de Cooperativas;\"incubator; programme\";;CL;cl-rm-isla-de-maipo;\r\n")
            let outcome = try scratch.read()
            #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
            #expect(outcome.dataset == plain)
        }
    }

    @Test("a decimal comma is read in number columns")
    func decimalComma() throws {
        try withDirectory { scratch in
            try scratch.write("areas.csv", lines: ["id;kind;parent;name_es;lat;lon", "cl-rm-isla-de-maipo-la-islita;community_area;cl-rm-isla-de-maipo;La Islita;-33,7;-70,9"])
            let outcome = try scratch.read()
            #expect(outcome.rejected.isEmpty, "\(outcome.csvReport)")
            #expect(outcome.dataset.areas.first?.centroid == Area.Point(lat: -33.7, lon: -70.9))
        }
    }

    @Test("a file that is not UTF-8 is a problem saying how to save it")
    func notUTF8() throws {
        try withDirectory { scratch in
            var bytes = Array("organization,service,description_es\nhuertos,finance.tax,Declaraci".utf8)
            bytes += [0xF3, 0x6E, 0x0A]  // "ón" in Windows-1252
            try Data(bytes).write(to: scratch.url.appendingPathComponent("needs.csv"))
            let outcome = try scratch.read()
            let problem = try #require(outcome.rejected.first)
            #expect(problem.file == "needs.csv" && problem.line == 2)
            #expect(problem.reason.hasPrefix("is not UTF-8 text; save it as CSV in UTF-8"))
        }
    }

    @Test("a value of the wrong type names the line, the column and the value")
    func wrongType() throws {
        try withDirectory { scratch in
            try scratch.write("offerings.csv", lines: [
                "organization,service,capacity_per_month,coop_fluent",
                "incubadora,incubation.inclusive,four,maybe",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.map(\.description) == [
                "offerings.csv:2: capacity_per_month: 'four' is not a whole number",
                "offerings.csv:2: coop_fluent: 'maybe' is not true or false; allowed: true, false (also yes/no, 1/0)",
            ])
            #expect(outcome.dataset.offerings.isEmpty)
        }
    }

    @Test("rows of sources.csv naming records of an unreadable file give one problem for the file, not one per row")
    func unreadableTargetCollapsed() throws {
        try withDirectory { scratch in
            try scratch.write("offerings.csv", lines: ["organization,servicio", "incubadora,incubation.inclusive"])
            try scratch.write("sources.csv", lines: [
                "entity,record,document",
                "organization,huertos,ficha.pdf",
                "organization,incubadora,convenio.pdf",
                "offering,incubadora:incubation.inclusive,convenio.pdf",
                "offering,incubadora:training.coop_education,convenio.pdf",
                "offering,incubadora:finance.tax,convenio.pdf",
            ])
            let outcome = try scratch.read()
            #expect(outcome.rejected.map(\.description) == [
                "offerings.csv:1: servicio: is not a column of offerings.csv; did you mean 'service'?",
                "offerings.csv:1: service: required column is missing from the header",
                "sources.csv:4: record: no offering 'incubadora:incubation.inclusive': offerings.csv could not be read (see its problem); 2 more row(s) of sources.csv name offerings of offerings.csv and are not imported either",
            ])
            #expect(outcome.dataset.organizations.count == 2, "the organizations and their own sources are still read")
        }
    }

    @Test("the line of a byte that is not UTF-8 counts lone CRs as line ends, as the reader does")
    func notUTF8AfterLoneCR() throws {
        try withDirectory { scratch in
            var bytes = Array("organization,service,description_es\rhuertos,finance.bookkeeping,Contabilidad\rhuertos,finance.tax,Declaraci".utf8)
            bytes += [0xF3, 0x6E, 0x0D]
            try Data(bytes).write(to: scratch.url.appendingPathComponent("needs.csv"))
            let problem = try #require(try scratch.read().rejected.first)
            #expect(problem.file == "needs.csv" && problem.line == 3, "\(problem)")
        }
    }

    @Test("against an empty taxonomy and area tree, the problems say that nothing is loaded yet")
    func emptyDatabase() throws {
        try withDirectory { scratch in
            let outcome = try CSVImporter.read(scratch.url, taxonomy: Taxonomy([]), areas: AreaTree([]))
            let service = try #require(outcome.rejected.first { $0.field == "service" })
            #expect(service.reason.hasSuffix("is not in the taxonomy: the taxonomy is empty (an empty database: load the taxonomy first, as 'tejido seed' does)"))
            let area = try #require(outcome.rejected.first { $0.field == "area" })
            #expect(area.reason == "no area 'cl-rm-isla-de-maipo'; no areas are known besides areas.csv (an empty database: load the areas first, as 'tejido seed' does)")
            #expect(outcome.dataset.organizations.isEmpty && outcome.dataset.offerings.isEmpty)
        }
    }

    @Test("a folder that does not exist is an error")
    func noFolder() throws {
        #expect(throws: CSVError.self) {
            try CSVImporter.read(URL(fileURLWithPath: "/nonexistent/tejido-csv"), taxonomy: Taxonomy([]), areas: AreaTree([]))
        }
    }
}
