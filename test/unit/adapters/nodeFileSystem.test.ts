import { NodeFileSystem } from '../../../src/adapters/nodeFileSystem';
import { benchUris, fileUri } from '../../bench/nodeFileSystem';
import { fileSystemContract } from '../../shared/fileSystemContract';

fileSystemContract('node:fs (the Node host\'s adapter for file: journals)', () => ({ fs: new NodeFileSystem(benchUris), folderUri: fileUri }));
