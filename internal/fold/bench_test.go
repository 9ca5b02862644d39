package fold

import "testing"

var sinkN int

func BenchmarkAppendTight(b *testing.B) {
	for _, s := range []string{"kazakhstan", "Cote d'Ivoire", "Côte d’Ivoire", "الإمارات العربية المتحدة", "Қазақстан"} {
		b.Run(s, func(b *testing.B) {
			var buf [256]byte
			for b.Loop() {
				sinkN += len(AppendTight(buf[:0], s))
			}
		})
	}
}
