import TejidoModel

/// An inverted index of folded words: sorted distinct words, and for each the organizations
/// (dense indexes) whose text holds it, with the weight of the best field it appears in. A query
/// word matches every indexed word it is a prefix of.
struct TextIndex: Sendable {
    private let words: [String]
    private let offsets: [UInt32]
    private let postings: [UInt32]
    private let weights: [Float]

    init(_ texts: [SearchText]) {
        var byWord: [String: [(UInt32, Float)]] = [:]
        for (index, text) in texts.enumerated() {
            var best: [String: Float] = [:]
            for field in SearchText.Field.allCases {
                for word in text[field].split(separator: " ") {
                    best[String(word)] = max(best[String(word)] ?? 0, Float(field.weight))
                }
            }
            for (word, weight) in best { byWord[word, default: []].append((UInt32(index), weight)) }
        }
        let sortedWords = byWord.keys.sorted()
        var offsets: [UInt32] = [0]
        var postings: [UInt32] = []
        var weights: [Float] = []
        offsets.reserveCapacity(sortedWords.count + 1)
        for word in sortedWords {
            for (organization, weight) in byWord[word]! {
                postings.append(organization)
                weights.append(weight)
            }
            offsets.append(UInt32(postings.count))
        }
        self.words = sortedWords
        self.offsets = offsets
        self.postings = postings
        self.weights = weights
    }

    /// For one query word: each organization holding a word it prefixes, with its score (the
    /// field weight; a whole-word match counts full, a prefix match 0.8).
    func matches(_ query: String) -> [UInt32: Float] {
        var result: [UInt32: Float] = [:]
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < query { low = middle + 1 } else { high = middle }
        }
        var position = low
        while position < words.count, words[position].hasPrefix(query) {
            let factor: Float = words[position] == query ? 1 : 0.8
            for slot in Int(offsets[position])..<Int(offsets[position + 1]) {
                let score = weights[slot] * factor
                if score > result[postings[slot], default: 0] { result[postings[slot]] = score }
            }
            position += 1
        }
        return result
    }
}
