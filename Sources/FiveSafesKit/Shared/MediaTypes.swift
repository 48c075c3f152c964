/// Media types (IANA names) for file name extensions, for the `encodingFormat` of data entities.
///
/// A small, fixed table of the formats research crates carry; anything else is `application/octet-stream`.
public enum MediaTypes {
    /// Extension (lower case, no dot) → media type.
    public static let byExtension: [String: String] = [
        "txt": "text/plain", "text": "text/plain", "log": "text/plain", "md": "text/markdown",
        "csv": "text/csv", "tsv": "text/tab-separated-values", "html": "text/html", "htm": "text/html",
        "css": "text/css", "xml": "application/xml", "json": "application/json", "jsonld": "application/ld+json",
        "yaml": "application/yaml", "yml": "application/yaml", "toml": "application/toml",
        "pdf": "application/pdf", "zip": "application/zip", "gz": "application/gzip", "tar": "application/x-tar",
        "bz2": "application/x-bzip2", "xz": "application/x-xz", "7z": "application/x-7z-compressed",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "tif": "image/tiff", "tiff": "image/tiff", "webp": "image/webp",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "parquet": "application/vnd.apache.parquet", "sqlite": "application/vnd.sqlite3", "db": "application/vnd.sqlite3",
        "py": "text/x-python", "r": "text/x-r", "sh": "application/x-sh", "sql": "application/sql",
        "ipynb": "application/x-ipynb+json", "cwl": "application/x-yaml", "nf": "text/plain", "smk": "text/plain",
        "fasta": "text/x-fasta", "fa": "text/x-fasta", "fastq": "text/plain", "vcf": "text/x-vcf",
        "bam": "application/octet-stream", "sav": "application/x-spss-sav", "dta": "application/x-stata-dta",
        "rds": "application/octet-stream", "pdb": "chemical/x-pdb",
    ]

    /// The media type for a file name or path, by its extension.
    public static func type(forFileName name: String) -> String {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "application/octet-stream" }
        let ext = file[file.index(after: dot)...].lowercased()
        return byExtension[ext] ?? "application/octet-stream"
    }
}
