import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML document, flattened: each element's name and attributes in document order, and
/// the parser's error when the text is not well-formed.
final class XMLStructure: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
  }

  private(set) var elements: [Element] = []
  private var open: [Int] = []
  private(set) var error: String?

  /// Parses `text`; `error` says why when it is not well-formed XML.
  init(_ text: String) {
    super.init()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = self
    if !parser.parse() {
      error = parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "not well-formed"
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    open.append(elements.count)
    elements.append(Element(name: name, attributes: attributes))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let i = open.last { elements[i].text += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    _ = open.popLast()
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}
