import Testing

@testable import RuleEngine

/// The session's namer of nodes gives every path the name the data document gives it, whether
/// it reads the path itself or hands it to the document; unit codes are found by the longest
/// prefix of a path that ends a step.
@Suite struct NodeNamerTests {
  let submission = """
    format: dqtv-submission/1
    as_of: 2026-06-30
    communes:
      - code: "00001"
        name: A
        units:
          - id: U1
        militia:
          - id: M1
            joined: 2023-03-01
            unit: U1
          - id: M2
            joined: 2023-03-01
            unit: U1
      - code: "00002"
        name: B
        militia:
          - id: "Mười"
            joined: 2023-03-01
            unit: U1
    """

  @Test func namesAreTheDocumentsNames() throws {
    let data = try #require(try decode(submission, schema: miniSchema()).data)
    let paths = [
      "communes", "communes[0]", "communes[1]", "communes[0].militia[1]", "communes[0].militia[1].joined",
      "communes[0].militia[0].unit", "communes[1].militia[0]", "communes[0].units[0].id", "communes[0].name",
      // Items beyond the list, indexes of what is no list, indexes written oddly.
      "communes[7]", "communes[0].militia[5].joined", "communes[0].name[0]", "communes[00].militia[01]",
      "communes[0][1]", "communes[1].units[0]", "unknown[0].x[1]", "communes[0].militia[1234567890]",
      // What the namer does not read itself.
      "communes[x]", "communes[]", "communes[0].", "communes[0]..name", ".communes[0]", "[0]", "communes[0]x",
      "xã[0]", "communes[0].militia[-1]", "communes[0", "communes]0[", "",
    ]
    let namer = NodeNamer(data)
    for path in paths + paths.reversed() {
      #expect(namer.name(ofPath: path) == data.identity(ofPath: path), "\(path)")
    }
    // The keys are in the names: the namer did not just hand every path over.
    #expect(namer.name(ofPath: "communes[1].militia[0].joined") == "communes[code=00002].militia[id=Mười].joined")
    #expect(namer.name(ofPath: "communes[0].militia[1]") == "communes[code=00001].militia[id=M2]")
  }

  @Test func unitCodesAreThoseOfTheLongestPrefixEndingAStep() {
    var codes = UnitCodes()
    codes.add(path: "communes[0]", code: "00001")
    codes.add(path: "communes[1]", code: "00002")
    codes.add(path: "communes[1].villages[2]", code: "V2")
    #expect(codes.code(of: "communes[0]") == "00001")
    #expect(codes.code(of: "communes[0].militia[3].joined") == "00001")
    #expect(codes.code(of: "communes[1].villages[2].name") == "V2")
    #expect(codes.code(of: "communes[1].villages[20]") == "00002")
    #expect(codes.code(of: "communes[10].name") == nil)
    #expect(codes.code(of: "communes") == nil)
    #expect(codes.code(of: "") == nil)
    #expect(codes.code(of: "communes[0].tên") == "00001")
    #expect(UnitCodes().code(of: "communes[0]") == nil)
  }
}
