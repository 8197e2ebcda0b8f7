import { useEffect, useState } from 'react';
import { cachedFileUrls, fileUrls } from '@/api/storage';

/** URLs to show stored files with (signed on h5, see fileUrls); null until known, '' for one that cannot be shown. */
export function useFileUrls(fileIDs: string[]): string[] | null {
  const key = fileIDs.join('\n');
  const [urls, setUrls] = useState<{ key: string; urls: string[] } | null>(() => {
    const cached = cachedFileUrls(fileIDs);
    return cached ? { key, urls: cached } : null;
  });
  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    let live = true;
    fileUrls(ids).then(
      (u) => live && setUrls({ key, urls: u }),
      () => live && setUrls({ key, urls: ids.map(() => '') }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return urls && urls.key === key ? urls.urls : null;
}
